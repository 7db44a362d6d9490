<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Stepwise::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="66"/>
        <source>Save password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="70"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="73"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="87"/>
        <source>e.g. Local development</source>
        <translation>z. B. Lokale Entwicklung</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="88"/>
        <source>Database file (created when missing)</source>
        <translation>Datenbankdatei (wird angelegt, falls sie fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="91"/>
        <location filename="../ui/connections/connectiondialog.cpp" line="195"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="93"/>
        <location filename="../ui/connections/connectiondialog.cpp" line="200"/>
        <source>Asked for when connecting if left empty</source>
        <translation>Wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="103"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="109"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="112"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="120"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="124"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="125"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="126"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="127"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="129"/>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="134"/>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="135"/>
        <source>&amp;Import URL…</source>
        <translation>URL &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="136"/>
        <source>Copy this connection as a URL, without the password</source>
        <translation>Diese Verbindung als URL ohne Passwort kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="140"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="178"/>
        <source>%1 (install %2)</source>
        <translation>%1 (%2 installieren)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="179"/>
        <source>The Qt driver %1 is not installed; the package %2 provides it.</source>
        <translation>Der Qt-Treiber %1 ist nicht installiert; das Paket %2 stellt ihn bereit.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="194"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="196"/>
        <source>Data source name (DSN)</source>
        <translation>Name der Datenquelle (DSN)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="197"/>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="199"/>
        <source>Empty: asked for, or PGPASSWORD / ~/.pgpass</source>
        <translation>Leer: wird abgefragt, oder PGPASSWORD / ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="266"/>
        <source>Import URL</source>
        <translation>URL importieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="266"/>
        <source>Connection URL (a password in it is not saved):</source>
        <translation>Verbindungs-URL (ein enthaltenes Passwort wird nicht gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="286"/>
        <source>The password in the URL was left out; enter it above to save it.</source>
        <translation>Das Passwort aus der URL wurde weggelassen; geben Sie es oben ein, um es zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="293"/>
        <source>SQLite Database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="294"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="305"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="311"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="311"/>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="337"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="339"/>
        <source>A connection named “%1” already exists.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="341"/>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectiondialog.cpp" line="342"/>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::ConnectionsDock</name>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="60"/>
        <source>Password for %1 on %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="67"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="78"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="103"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="104"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="105"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="106"/>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="107"/>
        <source>D&amp;uplicate Connection</source>
        <translation>Verbindung d&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="108"/>
        <source>De&amp;lete Connection</source>
        <translation>Verbindung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="109"/>
        <source>Copy as &amp;URL</source>
        <translation>Als &amp;URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="110"/>
        <source>&amp;Refresh Schema</source>
        <translation>Schema &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="112"/>
        <source>Copy the connection as a URL, without the password</source>
        <translation>Die Verbindung als URL ohne Passwort kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="155"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="203"/>
        <source>%1
%2</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="225"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="227"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="284"/>
        <source>The system keychain has no password for %1 (%2); asking instead.</source>
        <translation>Der Schlüsselbund des Systems hat kein Passwort für %1 (%2); es wird stattdessen abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="286"/>
        <source>The password could not be read from the system keychain.</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="304"/>
        <source>Connecting to %1 cancelled.</source>
        <translation>Verbinden mit %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="312"/>
        <source>Connecting to %1 (%2)…</source>
        <translation>Verbinde mit %1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="320"/>
        <source>Disconnected from %1.</source>
        <translation>Verbindung zu %1 getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="341"/>
        <source>The password for %1 could not be saved in the system keychain: %2. It will be asked for when connecting.</source>
        <translation>Das Passwort für %1 konnte nicht im Schlüsselbund des Systems gespeichert werden: %2. Es wird beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="354"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="356"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="363"/>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="383"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="383"/>
        <source>Delete the connection “%1”? Its saved password is removed from the keychain too.</source>
        <translation>Die Verbindung „%1“ löschen? Ihr gespeichertes Passwort wird ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="416"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="478"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="480"/>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="494"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsdock.cpp" line="513"/>
        <source>Reading the schema failed: %1</source>
        <translation>Lesen des Schemas fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::DatabaseWorker</name>
    <message>
        <location filename="../ui/database/databaseworker.cpp" line="81"/>
        <location filename="../ui/database/databaseworker.cpp" line="181"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/database/databaseworker.cpp" line="203"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::DetailsDock</name>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="30"/>
        <source>Revision Details</source>
        <translation>Revisionsdetails</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="38"/>
        <source>Select a revision to see its details.</source>
        <translation>Wählen Sie eine Revision, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="57"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="58"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="59"/>
        <source>Branch labels:</source>
        <translation>Branch-Labels:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="60"/>
        <source>Parents:</source>
        <translation>Eltern:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="61"/>
        <source>Children:</source>
        <translation>Kinder:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="62"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="63"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="64"/>
        <source>Checksum:</source>
        <translation>Prüfsumme:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="65"/>
        <source>Last step:</source>
        <translation>Letzter Schritt:</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="114"/>
        <source>(head)</source>
        <translation>(Head)</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="117"/>
        <location filename="../ui/project/detailsdock.cpp" line="121"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="119"/>
        <source>none (a base)</source>
        <translation>keine (eine Basis)</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="127"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="131"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="135"/>
        <source>none (Alembic file)</source>
        <translation>keine (Alembic-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="137"/>
        <source>differs from the applied &lt;tt&gt;%1…&lt;/tt&gt;</source>
        <translation>weicht von der angewendeten &lt;tt&gt;%1…&lt;/tt&gt; ab</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="139"/>
        <source>(matches the database)</source>
        <translation>(stimmt mit der Datenbank überein)</translation>
    </message>
    <message>
        <location filename="../ui/project/detailsdock.cpp" line="142"/>
        <source>none recorded</source>
        <translation>keiner verzeichnet</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::DriverInfo</name>
    <message>
        <location filename="../ui/connections/driverinfo.cpp" line="18"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../ui/connections/driverinfo.cpp" line="22"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/connections/driverinfo.cpp" line="26"/>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <location filename="../ui/connections/driverinfo.cpp" line="30"/>
        <source>ODBC data source</source>
        <translation>ODBC-Datenquelle</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::HistoryDock</name>
    <message>
        <location filename="../ui/history/historydock.cpp" line="18"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/historydock.cpp" line="38"/>
        <source>Filter by revision, status or user</source>
        <translation>Nach Revision, Status oder Benutzer filtern</translation>
    </message>
    <message>
        <location filename="../ui/history/historydock.cpp" line="60"/>
        <source>Connect to a database to see the steps recorded in it.</source>
        <translation>Verbinden Sie sich mit einer Datenbank, um die darin verzeichneten Schritte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/history/historydock.cpp" line="62"/>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message>
        <location filename="../ui/history/historydock.cpp" line="64"/>
        <source>No steps recorded in this database yet.</source>
        <translation>In dieser Datenbank sind noch keine Schritte verzeichnet.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="52"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="68"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="70"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="74"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="76"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="78"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="80"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="88"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="121"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="125"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="132"/>
        <source>Re&amp;load Project</source>
        <translation>Projekt neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="141"/>
        <source>&amp;Database</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>Re&amp;read Database State</source>
        <translation>Datenbankzustand neu &amp;lesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="155"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="162"/>
        <source>&amp;About Stepwise Studio</source>
        <translation>Ü&amp;ber Stepwise Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="254"/>
        <source>Open a project to see its revisions.</source>
        <translation>Öffnen Sie ein Projekt, um seine Revisionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="270"/>
        <source>Open a Stepwise, Alembic or Flask-Migrate Project</source>
        <translation>Stepwise-, Alembic- oder Flask-Migrate-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="272"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="277"/>
        <source>New Project: Choose an Empty Folder</source>
        <translation>Neues Projekt: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="282"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="283"/>
        <source>SQL dialect of the revision files:</source>
        <translation>SQL-Dialekt der Revisionsdateien:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="317"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="409"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="406"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="412"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="457"/>
        <source>About Stepwise Studio</source>
        <translation>Über Stepwise Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="459"/>
        <source>&lt;h3&gt;Stepwise Studio %1&lt;/h3&gt;&lt;p&gt;A visual database migration manager with Alembic&apos;s semantics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stepwise Studio %1&lt;/h3&gt;&lt;p&gt;Ein visueller Datenbank-Migrationsmanager mit der Semantik von Alembic.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="462"/>
        <source>Qt %1 (runtime %2)&lt;br&gt;SQL drivers: %3</source>
        <translation>Qt %1 (Laufzeit %2)&lt;br&gt;SQL-Treiber: %3</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::OutputDock</name>
    <message>
        <location filename="../ui/output/outputdock.cpp" line="17"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/output/outputdock.cpp" line="24"/>
        <source>Messages from the project and the database appear here.</source>
        <translation>Meldungen des Projekts und der Datenbank erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/output/outputdock.cpp" line="34"/>
        <source>Clear Output</source>
        <translation>Ausgabe leeren</translation>
    </message>
    <message>
        <location filename="../ui/output/outputdock.cpp" line="70"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../ui/output/outputdock.cpp" line="74"/>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::ProjectController</name>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="74"/>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="74"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="91"/>
        <source>Opened %1 project %2: %3.</source>
        <translation>%1-Projekt %2 geöffnet: %3.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="92"/>
        <source>Alembic</source>
        <translation>Alembic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="93"/>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="95"/>
        <source>%1 revisions</source>
        <translation>%1 Revisionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="95"/>
        <source>1 revision</source>
        <translation>1 Revision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="99"/>
        <source>This project has no revisions yet.</source>
        <translation>Dieses Projekt hat noch keine Revisionen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="157"/>
        <source>Created a Stepwise project in %1.</source>
        <translation>Stepwise-Projekt in %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="169"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="182"/>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="182"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="192"/>
        <source>There is no connection named “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="234"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="235"/>
        <source>Connected to %1: %2.</source>
        <translation>Verbunden mit %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/projectcontroller.cpp" line="254"/>
        <source>Reading the database state failed: %1</source>
        <translation>Lesen des Datenbankzustands fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RecentProjects</name>
    <message>
        <location filename="../ui/mainwindow/recentprojects.cpp" line="54"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/recentprojects.cpp" line="56"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RevisionDelegate</name>
    <message>
        <location filename="../ui/project/revisiondelegate.cpp" line="106"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../ui/project/revisiondelegate.cpp" line="108"/>
        <source>merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RevisionListView</name>
    <message>
        <location filename="../ui/project/revisionlistview.cpp" line="38"/>
        <source>Search by id or message</source>
        <translation>Nach ID oder Nachricht suchen</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionlistview.cpp" line="45"/>
        <source>Open a project to see its revisions.</source>
        <translation>Öffnen Sie ein Projekt, um seine Revisionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Ui::RevisionModel</name>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="149"/>
        <source>%1 revision</source>
        <translation>%1 Revision</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="149"/>
        <source>%1 revisions</source>
        <translation>%1 Revisionen</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="150"/>
        <location filename="../ui/project/revisionmodel.cpp" line="158"/>
        <source>%1 head</source>
        <translation>%1 Head</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="150"/>
        <location filename="../ui/project/revisionmodel.cpp" line="158"/>
        <source>%1 heads</source>
        <translation>%1 Heads</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="154"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="154"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="156"/>
        <source>nothing applied yet</source>
        <translation>noch nichts angewendet</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="160"/>
        <source>%1 drifted</source>
        <translation>%1 abgewichen</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="162"/>
        <source>%1 unknown to the files</source>
        <translation>%1 unbekannt in den Dateien</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="176"/>
        <source>up to date with branch %1</source>
        <translation>aktuell mit Branch %1</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="178"/>
        <source>%1 pending on branch %2</source>
        <translation>%1 ausstehend auf Branch %2</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="195"/>
        <source>%1 · %2 · %3 · %4 ms</source>
        <translation>%1 · %2 · %3 · %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="212"/>
        <source>(not in the project&apos;s files)</source>
        <translation>(nicht in den Dateien des Projekts)</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="278"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="280"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="282"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="284"/>
        <source>Current head</source>
        <translation>Aktueller Head</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="286"/>
        <source>Drifted</source>
        <translation>Abgewichen</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="288"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/project/revisionmodel.cpp" line="290"/>
        <source>Unknown to the files</source>
        <translation>Unbekannt in den Dateien</translation>
    </message>
</context>
<context>
    <name>studio</name>
    <message>
        <location filename="../ui/mainwindow/studiostartup.cpp" line="34"/>
        <source>cannot open project %1: %2</source>
        <translation>Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/studiostartup.cpp" line="39"/>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/studiostartup.cpp" line="48"/>
        <source>no revision %1 in the project</source>
        <translation>keine Revision %1 im Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/studiostartup.cpp" line="68"/>
        <source>timed out waiting for the database</source>
        <translation>Zeitüberschreitung beim Warten auf die Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/studiostartup.cpp" line="72"/>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/studiostartup.cpp" line="84"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="90"/>
        <source>Stepwise Studio</source>
        <translation>Stepwise Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="94"/>
        <source>Open the project in &lt;dir&gt;.</source>
        <translation>Das Projekt in &lt;dir&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="96"/>
        <source>Connect to the database at &lt;url&gt;.</source>
        <translation>Mit der Datenbank unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="98"/>
        <source>Connect with the saved connection &lt;name&gt;.</source>
        <translation>Mit der gespeicherten Verbindung &lt;name&gt; verbinden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="100"/>
        <source>Select the revision &lt;rev&gt; (an id or a unique prefix).</source>
        <translation>Die Revision &lt;rev&gt; auswählen (eine ID oder ein eindeutiges Präfix).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="102"/>
        <source>Render the loaded window to &lt;file.png&gt; and exit.</source>
        <translation>Das geladene Fenster nach &lt;file.png&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="104"/>
        <source>Window size for --screenshot, as WxH.</source>
        <translation>Fenstergröße für --screenshot, als BxH.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="106"/>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Die helle oder dunkle Palette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="119"/>
        <source>--url and --connection exclude each other</source>
        <translation>--url und --connection schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="122"/>
        <source>--size wants WxH, such as 1280x800</source>
        <translation>--size erwartet BxH, etwa 1280x800</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="125"/>
        <source>--palette wants light or dark</source>
        <translation>--palette erwartet light oder dark</translation>
    </message>
</context>
</TS>
