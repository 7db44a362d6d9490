<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Stepwise</name>
    <message>
        <source>Table dropped</source>
        <translation>Tabelle gelöscht</translation>
    </message>
    <message>
        <source>DROP TABLE deletes the table and every row in it. A downgrade can create the table again but not its data, and clients still using it fail at once.</source>
        <translation>DROP TABLE löscht die Tabelle mit allen ihren Zeilen. Ein Downgrade kann die Tabelle wieder anlegen, aber nicht ihre Daten, und Clients, die sie noch verwenden, schlagen sofort fehl.</translation>
    </message>
    <message>
        <source>Stop using the table in a release first and keep a copy of its data (or rename it and drop it in a later revision once nothing misses it); then suppress the finding, giving the reason.</source>
        <translation>Die Tabelle zuerst in einem Release nicht mehr verwenden und eine Kopie ihrer Daten aufbewahren (oder sie umbenennen und in einer späteren Revision löschen, wenn nichts sie mehr vermisst); dann den Befund mit Begründung unterdrücken.</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Spalte gelöscht</translation>
    </message>
    <message>
        <source>Dropping a column deletes its value in every row, and clients that still select or insert it fail until they are deployed without it.</source>
        <translation>Das Löschen einer Spalte entfernt ihren Wert in jeder Zeile, und Clients, die sie noch abfragen oder einfügen, schlagen fehl, bis sie ohne sie ausgerollt sind.</translation>
    </message>
    <message>
        <source>Deploy clients that no longer use the column first (ignore it in the ORM), then drop it in a later revision; keep a copy if the data may be needed.</source>
        <translation>Zuerst Clients ausrollen, die die Spalte nicht mehr verwenden (im ORM ignorieren), dann die Spalte in einer späteren Revision löschen; eine Kopie aufbewahren, falls die Daten noch gebraucht werden könnten.</translation>
    </message>
    <message>
        <source>Schema or database dropped</source>
        <translation>Schema oder Datenbank gelöscht</translation>
    </message>
    <message>
        <source>DROP SCHEMA and DROP DATABASE remove every object in it with all its data; CASCADE also takes objects elsewhere that depend on them.</source>
        <translation>DROP SCHEMA und DROP DATABASE entfernen jedes enthaltene Objekt mit allen Daten; CASCADE nimmt zusätzlich Objekte an anderer Stelle mit, die davon abhängen.</translation>
    </message>
    <message>
        <source>Drop the objects one by one in revisions that say what is lost, after exporting what may be needed.</source>
        <translation>Die Objekte einzeln in Revisionen löschen, die sagen, was verloren geht, nachdem exportiert wurde, was noch gebraucht werden könnte.</translation>
    </message>
    <message>
        <source>Table truncated</source>
        <translation>Tabelle geleert</translation>
    </message>
    <message>
        <source>TRUNCATE deletes every row at once (with CASCADE, of the tables that reference it too), locks the table exclusively, and no down section can bring the rows back.</source>
        <translation>TRUNCATE löscht alle Zeilen auf einmal (mit CASCADE auch die der Tabellen, die darauf verweisen), sperrt die Tabelle exklusiv, und kein Down-Abschnitt kann die Zeilen zurückholen.</translation>
    </message>
    <message>
        <source>Delete only the rows that must go (DELETE ... WHERE, in batches); if the table must really be emptied, suppress the finding with the reason.</source>
        <translation>Nur die Zeilen löschen, die wegmüssen (DELETE ... WHERE, in Stapeln); muss die Tabelle wirklich geleert werden, den Befund mit Begründung unterdrücken.</translation>
    </message>
    <message>
        <source>View dropped</source>
        <translation>View gelöscht</translation>
    </message>
    <message>
        <source>Clients and other views that select from the view fail once it is gone; a materialized view also loses its stored rows.</source>
        <translation>Clients und andere Views, die aus der View lesen, schlagen fehl, sobald sie weg ist; eine materialisierte View verliert außerdem ihre gespeicherten Zeilen.</translation>
    </message>
    <message>
        <source>Drop the view once no client uses it; to change it, use CREATE OR REPLACE VIEW with compatible columns.</source>
        <translation>Die View erst löschen, wenn kein Client sie mehr verwendet; um sie zu ändern, CREATE OR REPLACE VIEW mit kompatiblen Spalten verwenden.</translation>
    </message>
    <message>
        <source>Index dropped</source>
        <translation>Index gelöscht</translation>
    </message>
    <message>
        <source>Queries that relied on the index turn into scans, which can overload the database; a unique index also stops enforcing uniqueness.</source>
        <translation>Abfragen, die sich auf den Index verlassen haben, werden zu Scans, was die Datenbank überlasten kann; ein eindeutiger Index erzwingt zudem keine Eindeutigkeit mehr.</translation>
    </message>
    <message>
        <source>Check that the index is unused first (pg_stat_user_indexes, sys.schema_unused_indexes) and build any replacement before dropping it.</source>
        <translation>Zuerst prüfen, dass der Index nicht verwendet wird (pg_stat_user_indexes, sys.schema_unused_indexes), und einen etwaigen Ersatz vor dem Löschen aufbauen.</translation>
    </message>
    <message>
        <source>Constraint dropped</source>
        <translation>Constraint gelöscht</translation>
    </message>
    <message>
        <source>Without the primary key, unique, foreign key or check constraint the database stops enforcing it: invalid rows can arrive at once, and adding the constraint back later may fail on them.</source>
        <translation>Ohne den Primärschlüssel, den Unique-, Fremdschlüssel- oder Check-Constraint erzwingt die Datenbank die Regel nicht mehr: Ungültige Zeilen können sofort hinzukommen, und das spätere Wiederanlegen des Constraints kann an ihnen scheitern.</translation>
    </message>
    <message>
        <source>Drop it only once the rule is enforced elsewhere or replaced; to change a constraint, add the new one first (NOT VALID, then VALIDATE), then drop the old one.</source>
        <translation>Den Constraint erst löschen, wenn die Regel anderswo erzwungen oder ersetzt wird; um einen Constraint zu ändern, zuerst den neuen hinzufügen (NOT VALID, dann VALIDATE) und danach den alten löschen.</translation>
    </message>
    <message>
        <source>Type dropped</source>
        <translation>Typ gelöscht</translation>
    </message>
    <message>
        <source>DROP TYPE and DROP DOMAIN fail while a column uses the type, and with CASCADE drop those columns with their data.</source>
        <translation>DROP TYPE und DROP DOMAIN schlagen fehl, solange eine Spalte den Typ verwendet, und löschen mit CASCADE diese Spalten samt ihren Daten.</translation>
    </message>
    <message>
        <source>Move the columns to another type first, then drop the unused type without CASCADE.</source>
        <translation>Die Spalten zuerst auf einen anderen Typ umstellen, dann den ungenutzten Typ ohne CASCADE löschen.</translation>
    </message>
    <message>
        <source>Function, trigger, sequence or other object dropped</source>
        <translation>Funktion, Trigger, Sequenz oder anderes Objekt gelöscht</translation>
    </message>
    <message>
        <source>Dropping a function, procedure, trigger, sequence, extension, policy or similar object breaks what calls or relies on it: triggers stop enforcing their rules, defaults that call nextval() fail, policies stop filtering rows.</source>
        <translation>Das Löschen einer Funktion, Prozedur, eines Triggers, einer Sequenz, Extension, Policy oder eines ähnlichen Objekts macht kaputt, was es aufruft oder sich darauf verlässt: Trigger erzwingen ihre Regeln nicht mehr, Defaults mit nextval() schlagen fehl, Policies filtern keine Zeilen mehr.</translation>
    </message>
    <message>
        <source>Make sure nothing depends on it (application code, column defaults, other functions); create its replacement first if the behaviour must go on.</source>
        <translation>Sicherstellen, dass nichts davon abhängt (Anwendungscode, Spalten-Defaults, andere Funktionen); zuerst einen Ersatz anlegen, wenn das Verhalten weiter bestehen muss.</translation>
    </message>
    <message>
        <source>Column type narrowed</source>
        <translation>Spaltentyp verengt</translation>
    </message>
    <message>
        <source>The new type holds fewer values than the old one (shorter text, a smaller integer, fewer digits, enum values removed): PostgreSQL and strict MySQL refuse the change when a row does not fit, and MySQL without strict mode cuts the values silently.</source>
        <translation>Der neue Typ fasst weniger Werte als der alte (kürzerer Text, kleinere Ganzzahl, weniger Stellen, entfernte Enum-Werte): PostgreSQL und striktes MySQL verweigern die Änderung, wenn eine Zeile nicht passt, und MySQL ohne Strict Mode schneidet die Werte stillschweigend ab.</translation>
    </message>
    <message>
        <source>Check that the data fits first, or add a column of the narrower type, copy what fits, switch clients and drop the old column later.</source>
        <translation>Zuerst prüfen, ob die Daten passen, oder eine Spalte des engeren Typs hinzufügen, kopieren, was passt, die Clients umstellen und die alte Spalte später löschen.</translation>
    </message>
    <message>
        <source>Table renamed</source>
        <translation>Tabelle umbenannt</translation>
    </message>
    <message>
        <source>Running clients use the old name and fail from the moment the rename commits until they are redeployed; the two cannot happen at the same instant.</source>
        <translation>Laufende Clients verwenden den alten Namen und schlagen ab dem Commit der Umbenennung fehl, bis sie neu ausgerollt sind; beides kann nicht im selben Augenblick geschehen.</translation>
    </message>
    <message>
        <source>Expand and contract: keep the old name working (a view or updatable view under it), move clients to the new name, and remove the old one in a later revision.</source>
        <translation>Expand and Contract: den alten Namen funktionsfähig halten (eine View oder aktualisierbare View unter diesem Namen), die Clients auf den neuen Namen umstellen und den alten in einer späteren Revision entfernen.</translation>
    </message>
    <message>
        <source>Column renamed</source>
        <translation>Spalte umbenannt</translation>
    </message>
    <message>
        <source>Running clients select and insert the old column name and fail until they are redeployed.</source>
        <translation>Laufende Clients lesen und schreiben den alten Spaltennamen und schlagen fehl, bis sie neu ausgerollt sind.</translation>
    </message>
    <message>
        <source>Add the new column, write both, copy the values, move readers to the new column, then drop the old one in a later revision.</source>
        <translation>Die neue Spalte hinzufügen, beide schreiben, die Werte kopieren, Leser auf die neue Spalte umstellen und die alte in einer späteren Revision löschen.</translation>
    </message>
    <message>
        <source>Index, constraint, view, type or schema renamed</source>
        <translation>Index, Constraint, View, Typ oder Schema umbenannt</translation>
    </message>
    <message>
        <source>Renaming an index, constraint, view, type, sequence or schema, or moving an object to another schema, breaks what names it: queries, index hints, ON CONFLICT ON CONSTRAINT, search paths.</source>
        <translation>Das Umbenennen eines Index, Constraints, einer View, eines Typs, einer Sequenz oder eines Schemas oder das Verschieben eines Objekts in ein anderes Schema macht kaputt, was es beim Namen nennt: Abfragen, Index-Hints, ON CONFLICT ON CONSTRAINT, Suchpfade.</translation>
    </message>
    <message>
        <source>Rename only objects no client names; otherwise provide the new name alongside the old one first.</source>
        <translation>Nur Objekte umbenennen, die kein Client beim Namen nennt; andernfalls zuerst den neuen Namen neben dem alten bereitstellen.</translation>
    </message>
    <message>
        <source>NOT NULL dropped</source>
        <translation>NOT NULL entfernt</translation>
    </message>
    <message>
        <source>Clients that assume the column always has a value read NULLs as soon as other clients write them, and NOT NULL cannot be put back while any are there.</source>
        <translation>Clients, die annehmen, dass die Spalte immer einen Wert hat, lesen NULL-Werte, sobald andere Clients sie schreiben, und NOT NULL lässt sich nicht wieder setzen, solange welche vorhanden sind.</translation>
    </message>
    <message>
        <source>Deploy readers that handle NULL before this change.</source>
        <translation>Vor dieser Änderung Leser ausrollen, die mit NULL umgehen können.</translation>
    </message>
    <message>
        <source>Column default dropped</source>
        <translation>Spalten-Default entfernt</translation>
    </message>
    <message>
        <source>Inserts that leave the column out get NULL from now on, or fail when the column is NOT NULL: clients deployed before the change rely on the default.</source>
        <translation>Inserts, die die Spalte auslassen, erhalten ab jetzt NULL oder schlagen fehl, wenn die Spalte NOT NULL ist: Vor der Änderung ausgerollte Clients verlassen sich auf den Default.</translation>
    </message>
    <message>
        <source>Drop the default only once every client sets the column itself.</source>
        <translation>Den Default erst entfernen, wenn jeder Client die Spalte selbst setzt.</translation>
    </message>
    <message>
        <source>Index built without CONCURRENTLY</source>
        <translation>Index ohne CONCURRENTLY aufgebaut</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for the whole build: inserts, updates and deletes wait until it is done, minutes on a large table.</source>
        <translation>CREATE INDEX ohne CONCURRENTLY hält während des gesamten Aufbaus eine SHARE-Sperre auf der Tabelle: Inserts, Updates und Deletes warten, bis er fertig ist – bei einer großen Tabelle minutenlang.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, in a section marked &quot;-- migrate:up transaction:false&quot;. On a table created in the same section the plain form is fine.</source>
        <translation>CREATE INDEX CONCURRENTLY in einem Abschnitt mit der Markierung &quot;-- migrate:up transaction:false&quot;. Bei einer im selben Abschnitt angelegten Tabelle ist die einfache Form unbedenklich.</translation>
    </message>
    <message>
        <source>Index dropped without CONCURRENTLY</source>
        <translation>Index ohne CONCURRENTLY gelöscht</translation>
    </message>
    <message>
        <source>DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index&apos;s table: while it waits for running queries, every new query on the table queues behind it.</source>
        <translation>DROP INDEX ohne CONCURRENTLY nimmt eine ACCESS-EXCLUSIVE-Sperre auf die Tabelle des Index: Während es auf laufende Abfragen wartet, reiht sich jede neue Abfrage auf der Tabelle dahinter ein.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY, in a section marked transaction:false.</source>
        <translation>DROP INDEX CONCURRENTLY in einem Abschnitt mit der Markierung transaction:false.</translation>
    </message>
    <message>
        <source>CONCURRENTLY inside a transaction</source>
        <translation>CONCURRENTLY innerhalb einer Transaktion</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CREATE INDEX, DROP INDEX, REINDEX and DETACH PARTITION with CONCURRENTLY inside a transaction block, and Stepwise runs a section in one unless its marker says transaction:false.</source>
        <translation>PostgreSQL verweigert CREATE INDEX, DROP INDEX, REINDEX und DETACH PARTITION mit CONCURRENTLY innerhalb eines Transaktionsblocks, und Stepwise führt einen Abschnitt in einem solchen aus, sofern seine Markierung nicht transaction:false lautet.</translation>
    </message>
    <message>
        <source>Put the statement in a section marked &quot;-- migrate:up transaction:false&quot; (best alone in its revision), without BEGIN around it.</source>
        <translation>Die Anweisung in einen Abschnitt mit der Markierung &quot;-- migrate:up transaction:false&quot; setzen (am besten allein in ihrer Revision), ohne BEGIN darum.</translation>
    </message>
    <message>
        <source>Foreign key or check added without NOT VALID</source>
        <translation>Fremdschlüssel oder Check ohne NOT VALID hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a foreign key or check constraint checks every existing row while holding a lock that blocks writes (for a foreign key, on both tables).</source>
        <translation>Das Hinzufügen eines Fremdschlüssels oder Check-Constraints prüft jede vorhandene Zeile und hält dabei eine Sperre, die Schreibzugriffe blockiert (bei einem Fremdschlüssel auf beiden Tabellen).</translation>
    </message>
    <message>
        <source>Add it with NOT VALID (new rows are checked at once, the lock is brief), then VALIDATE CONSTRAINT in a later statement: validating takes a lock that lets reads and writes go on.</source>
        <translation>Mit NOT VALID hinzufügen (neue Zeilen werden sofort geprüft, die Sperre ist kurz), dann VALIDATE CONSTRAINT in einer späteren Anweisung: Das Validieren nimmt eine Sperre, die Lese- und Schreibzugriffe weiterlaufen lässt.</translation>
    </message>
    <message>
        <source>SET NOT NULL scans the table under an exclusive lock</source>
        <translation>SET NOT NULL durchsucht die Tabelle unter einer exklusiven Sperre</translation>
    </message>
    <message>
        <source>SET NOT NULL reads the whole table looking for NULLs while holding an ACCESS EXCLUSIVE lock: no reads or writes until it is done.</source>
        <translation>SET NOT NULL liest die gesamte Tabelle auf der Suche nach NULL-Werten und hält dabei eine ACCESS-EXCLUSIVE-Sperre: keine Lese- oder Schreibzugriffe, bis es fertig ist.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL, which PostgreSQL 12 and later prove from the valid check without a scan (drop the check afterwards).</source>
        <translation>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; dann SET NOT NULL, das PostgreSQL ab Version 12 ohne Scan aus dem gültigen Check ableitet (den Check danach löschen).</translation>
    </message>
    <message>
        <source>Column type change rewrites the table</source>
        <translation>Änderung des Spaltentyps schreibt die Tabelle neu</translation>
    </message>
    <message>
        <source>Changing a column&apos;s type rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock, except varchar(n) to a longer varchar or text and numeric to a larger precision with the same scale.</source>
        <translation>Eine Änderung des Spaltentyps schreibt die Tabelle neu und baut ihre Indizes unter einer ACCESS-EXCLUSIVE-Sperre neu auf, außer von varchar(n) zu einem längeren varchar oder text und von numeric zu höherer Präzision bei gleicher Skala.</translation>
    </message>
    <message>
        <source>Add a column of the new type, fill it in batches (kept in step by a trigger), switch clients, then drop the old column; or keep to a change that needs no rewrite.</source>
        <translation>Eine Spalte des neuen Typs hinzufügen, in Stapeln füllen (per Trigger synchron gehalten), die Clients umstellen und dann die alte Spalte löschen; oder bei einer Änderung bleiben, die kein Neuschreiben braucht.</translation>
    </message>
    <message>
        <source>New column rewrites the table</source>
        <translation>Neue Spalte schreibt die Tabelle neu</translation>
    </message>
    <message>
        <source>A new column whose value is computed per row rewrites the table under an ACCESS EXCLUSIVE lock: a volatile DEFAULT (random(), gen_random_uuid(), clock_timestamp(), nextval() and so serial types), a STORED generated column, an identity column. A constant or stable DEFAULT (0, &apos;x&apos;, now()) is only recorded in the catalog.</source>
        <translation>Eine neue Spalte, deren Wert pro Zeile berechnet wird, schreibt die Tabelle unter einer ACCESS-EXCLUSIVE-Sperre neu: ein volatiler DEFAULT (random(), gen_random_uuid(), clock_timestamp(), nextval() und damit serial-Typen), eine STORED generierte Spalte, eine Identity-Spalte. Ein konstanter oder stabiler DEFAULT (0, &apos;x&apos;, now()) wird nur im Katalog vermerkt.</translation>
    </message>
    <message>
        <source>Add the column without that default, then SET DEFAULT for new rows and fill the existing rows in batches.</source>
        <translation>Die Spalte ohne diesen Default hinzufügen, dann SET DEFAULT für neue Zeilen setzen und die vorhandenen Zeilen in Stapeln füllen.</translation>
    </message>
    <message>
        <source>Primary key or unique constraint builds its index under lock</source>
        <translation>Primärschlüssel oder Unique-Constraint baut seinen Index unter Sperre auf</translation>
    </message>
    <message>
        <source>ADD PRIMARY KEY or ADD UNIQUE builds a unique index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes for the whole build.</source>
        <translation>ADD PRIMARY KEY oder ADD UNIQUE baut einen eindeutigen Index auf und hält dabei eine ACCESS-EXCLUSIVE-Sperre auf der Tabelle: keine Lese- oder Schreibzugriffe während des gesamten Aufbaus.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (transaction:false), then ADD CONSTRAINT c PRIMARY KEY USING INDEX idx (or UNIQUE USING INDEX), which holds the lock only briefly.</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY (transaction:false), dann ADD CONSTRAINT c PRIMARY KEY USING INDEX idx (oder UNIQUE USING INDEX), das die Sperre nur kurz hält.</translation>
    </message>
    <message>
        <source>No short lock timeout before a locking change</source>
        <translation>Kein kurzes Lock-Timeout vor einer sperrenden Änderung</translation>
    </message>
    <message>
        <source>A schema change first waits for its table&apos;s lock, and while it waits every other query on the table queues behind it. Without a short lock timeout that wait (PostgreSQL: unlimited; MySQL&apos;s lock_wait_timeout: a year; Stepwise&apos;s runs: 30 s unless configured) is an outage.</source>
        <translation>Eine Schemaänderung wartet zuerst auf die Sperre ihrer Tabelle, und während sie wartet, reiht sich jede andere Abfrage auf der Tabelle dahinter ein. Ohne kurzes Lock-Timeout ist diese Wartezeit (PostgreSQL: unbegrenzt; lock_wait_timeout von MySQL: ein Jahr; Läufe von Stepwise: 30 s, sofern nicht konfiguriert) ein Ausfall.</translation>
    </message>
    <message>
        <source>Start the section with SET lock_timeout = &apos;2s&apos; (MySQL: SET SESSION lock_wait_timeout = 2), or set lock_timeout under [database] in stepwise.ini or --lock-timeout to 5 s or less; retry when it times out.</source>
        <translation>Den Abschnitt mit SET lock_timeout = &apos;2s&apos; beginnen (MySQL: SET SESSION lock_wait_timeout = 2) oder lock_timeout unter [database] in stepwise.ini bzw. --lock-timeout auf 5 s oder weniger setzen; bei Zeitüberschreitung erneut versuchen.</translation>
    </message>
    <message>
        <source>Change copies or locks the table (MySQL)</source>
        <translation>Änderung kopiert oder sperrt die Tabelle (MySQL)</translation>
    </message>
    <message>
        <source>MySQL and MariaDB make this change by copying the table row by row (ALGORITHM=COPY) or rebuilding it while writes wait: a column&apos;s type or character set, the primary key, ENGINE= and FORCE. FULLTEXT and SPATIAL indexes block writes while they build.</source>
        <translation>MySQL und MariaDB führen diese Änderung durch, indem sie die Tabelle zeilenweise kopieren (ALGORITHM=COPY) oder sie neu aufbauen, während Schreibzugriffe warten: Typ oder Zeichensatz einer Spalte, der Primärschlüssel, ENGINE= und FORCE. FULLTEXT- und SPATIAL-Indizes blockieren Schreibzugriffe während ihres Aufbaus.</translation>
    </message>
    <message>
        <source>Ask for ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE so that the server refuses rather than copies, or make the change with an online schema change tool (gh-ost, pt-online-schema-change).</source>
        <translation>ALGORITHM=INSTANT oder ALGORITHM=INPLACE, LOCK=NONE verlangen, damit der Server ablehnt statt zu kopieren, oder die Änderung mit einem Online-Schema-Change-Werkzeug durchführen (gh-ost, pt-online-schema-change).</translation>
    </message>
    <message>
        <source>ENUM or SET values removed, reordered or inserted (MySQL)</source>
        <translation>ENUM- oder SET-Werte entfernt, umsortiert oder eingefügt (MySQL)</translation>
    </message>
    <message>
        <source>Changing an ENUM or SET list is instant only when values are appended and the storage size stays (ENUM up to 255 values, SET within its byte boundary); removing, reordering or inserting values copies the table, and reordering also changes how rows sort and the numbers they hold.</source>
        <translation>Eine Änderung einer ENUM- oder SET-Liste ist nur dann sofort erledigt, wenn Werte angehängt werden und die Speichergröße gleich bleibt (ENUM bis 255 Werte, SET innerhalb seiner Bytegrenze); Entfernen, Umsortieren oder Einfügen von Werten kopiert die Tabelle, und Umsortieren ändert zudem die Sortierung der Zeilen und die gespeicherten Zahlen.</translation>
    </message>
    <message>
        <source>Only append values at the end of the list; leave unused values in place.</source>
        <translation>Werte nur am Ende der Liste anhängen; ungenutzte Werte an ihrem Platz lassen.</translation>
    </message>
    <message>
        <source>Table rebuilt by copying (SQLite)</source>
        <translation>Tabelle durch Kopieren neu aufgebaut (SQLite)</translation>
    </message>
    <message>
        <source>A rebuild (new table, copy the rows, drop the old table, rename) copies every row while holding the database&apos;s write lock, and loses the old table&apos;s indexes and triggers unless they are created again.</source>
        <translation>Ein Neuaufbau (neue Tabelle, Zeilen kopieren, alte Tabelle löschen, umbenennen) kopiert jede Zeile, während er die Schreibsperre der Datenbank hält, und verliert die Indizes und Trigger der alten Tabelle, sofern sie nicht neu angelegt werden.</translation>
    </message>
    <message>
        <source>Use ALTER TABLE ADD COLUMN, RENAME COLUMN or DROP COLUMN where they suffice; otherwise follow SQLite&apos;s twelve steps: foreign keys off outside the transaction, indexes, triggers and views created again, PRAGMA foreign_key_check before committing.</source>
        <translation>ALTER TABLE ADD COLUMN, RENAME COLUMN oder DROP COLUMN verwenden, wo sie genügen; andernfalls den zwölf Schritten von SQLite folgen: Fremdschlüssel außerhalb der Transaktion ausschalten, Indizes, Trigger und Views neu anlegen, PRAGMA foreign_key_check vor dem Commit.</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys inside a transaction (SQLite)</source>
        <translation>PRAGMA foreign_keys innerhalb einer Transaktion (SQLite)</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys does nothing inside a transaction, and Stepwise runs this section in one: foreign keys stay on, so dropping a table during a rebuild runs ON DELETE actions on the rows that reference it, or fails.</source>
        <translation>PRAGMA foreign_keys bewirkt innerhalb einer Transaktion nichts, und Stepwise führt diesen Abschnitt in einer aus: Fremdschlüssel bleiben aktiv, sodass das Löschen einer Tabelle während eines Neuaufbaus ON-DELETE-Aktionen auf den verweisenden Zeilen auslöst oder fehlschlägt.</translation>
    </message>
    <message>
        <source>Mark the section transaction:false and write PRAGMA foreign_keys = OFF before its own BEGIN and PRAGMA foreign_keys = ON after its COMMIT.</source>
        <translation>Den Abschnitt mit transaction:false markieren und PRAGMA foreign_keys = OFF vor sein eigenes BEGIN und PRAGMA foreign_keys = ON nach sein COMMIT schreiben.</translation>
    </message>
    <message>
        <source>Statement rewrites the whole table</source>
        <translation>Anweisung schreibt die gesamte Tabelle neu</translation>
    </message>
    <message>
        <source>SET LOGGED or UNLOGGED, SET ACCESS METHOD, SET TABLESPACE, VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until the copy is done.</source>
        <translation>SET LOGGED oder UNLOGGED, SET ACCESS METHOD, SET TABLESPACE, VACUUM FULL und CLUSTER schreiben die gesamte Tabelle unter einer ACCESS-EXCLUSIVE-Sperre neu: keine Lese- oder Schreibzugriffe, bis die Kopie fertig ist.</translation>
    </message>
    <message>
        <source>Run it in a maintenance window, or use pg_repack, which rewrites tables online, instead of VACUUM FULL and CLUSTER.</source>
        <translation>In einem Wartungsfenster ausführen oder statt VACUUM FULL und CLUSTER pg_repack verwenden, das Tabellen online neu schreibt.</translation>
    </message>
    <message>
        <source>REINDEX, DETACH PARTITION or REFRESH without CONCURRENTLY</source>
        <translation>REINDEX, DETACH PARTITION oder REFRESH ohne CONCURRENTLY</translation>
    </message>
    <message>
        <source>REINDEX and DETACH PARTITION without CONCURRENTLY block writes to the table, and REFRESH MATERIALIZED VIEW without it blocks reads of the view, for as long as they take.</source>
        <translation>REINDEX und DETACH PARTITION ohne CONCURRENTLY blockieren Schreibzugriffe auf die Tabelle, und REFRESH MATERIALIZED VIEW ohne CONCURRENTLY blockiert Lesezugriffe auf die View, so lange sie dauern.</translation>
    </message>
    <message>
        <source>REINDEX ... CONCURRENTLY and DETACH PARTITION ... CONCURRENTLY (in a transaction:false section), REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index).</source>
        <translation>REINDEX ... CONCURRENTLY und DETACH PARTITION ... CONCURRENTLY (in einem Abschnitt mit transaction:false), REFRESH MATERIALIZED VIEW CONCURRENTLY (die View braucht einen eindeutigen Index).</translation>
    </message>
    <message>
        <source>Domain constraint added without NOT VALID</source>
        <translation>Domain-Constraint ohne NOT VALID hinzugefügt</translation>
    </message>
    <message>
        <source>ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain, holding locks that block writes to them.</source>
        <translation>ALTER DOMAIN ... ADD CONSTRAINT prüft jede Spalte jeder Tabelle, die die Domain verwendet, und hält dabei Sperren, die Schreibzugriffe darauf blockieren.</translation>
    </message>
    <message>
        <source>Add it with NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT.</source>
        <translation>Mit NOT VALID hinzufügen, dann ALTER DOMAIN ... VALIDATE CONSTRAINT.</translation>
    </message>
    <message>
        <source>NOT NULL column added without a default</source>
        <translation>NOT-NULL-Spalte ohne Default hinzugefügt</translation>
    </message>
    <message>
        <source>A new NOT NULL column without DEFAULT has no value for the existing rows: PostgreSQL refuses it as soon as the table has a row, SQLite always, and MySQL and MariaDB fill in 0, &apos;&apos; or a zero date silently.</source>
        <translation>Eine neue NOT-NULL-Spalte ohne DEFAULT hat für die vorhandenen Zeilen keinen Wert: PostgreSQL verweigert sie, sobald die Tabelle eine Zeile hat, SQLite immer, und MySQL und MariaDB füllen stillschweigend 0, &apos;&apos; oder ein Null-Datum ein.</translation>
    </message>
    <message>
        <source>Give it a DEFAULT, or add it nullable, fill it, then make it NOT NULL (in PostgreSQL through a NOT VALID check, see SW205).</source>
        <translation>Ihr einen DEFAULT geben oder sie nullable hinzufügen, füllen und dann NOT NULL machen (in PostgreSQL über einen NOT-VALID-Check, siehe SW205).</translation>
    </message>
    <message>
        <source>Unique index, unique constraint or primary key added</source>
        <translation>Eindeutiger Index, Unique-Constraint oder Primärschlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a unique index, unique constraint or primary key fails if the existing rows hold duplicates (or NULLs, for a primary key), which a test database seldom shows.</source>
        <translation>Das Hinzufügen eines eindeutigen Index, Unique-Constraints oder Primärschlüssels schlägt fehl, wenn die vorhandenen Zeilen Duplikate enthalten (bei einem Primärschlüssel auch NULL-Werte), was eine Testdatenbank selten zeigt.</translation>
    </message>
    <message>
        <source>Look for duplicates first (GROUP BY ... HAVING count(*) &gt; 1) and clean them up in an earlier revision.</source>
        <translation>Zuerst nach Duplikaten suchen (GROUP BY ... HAVING count(*) &gt; 1) und sie in einer früheren Revision bereinigen.</translation>
    </message>
    <message>
        <source>Column made NOT NULL</source>
        <translation>Spalte auf NOT NULL gesetzt</translation>
    </message>
    <message>
        <source>Making a column NOT NULL fails if an existing row holds NULL in it.</source>
        <translation>Eine Spalte auf NOT NULL zu setzen schlägt fehl, wenn eine vorhandene Zeile darin NULL enthält.</translation>
    </message>
    <message>
        <source>Fill the NULLs first in the same section (UPDATE t SET c = ... WHERE c IS NULL), or prove there are none with a validated CHECK (c IS NOT NULL).</source>
        <translation>Zuerst im selben Abschnitt die NULL-Werte füllen (UPDATE t SET c = ... WHERE c IS NULL) oder mit einem validierten CHECK (c IS NOT NULL) belegen, dass es keine gibt.</translation>
    </message>
    <message>
        <source>Column type changed: values may not convert</source>
        <translation>Spaltentyp geändert: Werte lassen sich eventuell nicht konvertieren</translation>
    </message>
    <message>
        <source>Whether the existing values convert to the new type depends on them: text that is not a number, numbers that do not fit, dates in another format. The revision does not show the old type as one the new type holds (a down section that changes it back names it).</source>
        <translation>Ob sich die vorhandenen Werte in den neuen Typ konvertieren lassen, hängt von ihnen ab: Text, der keine Zahl ist, Zahlen, die nicht passen, Datumswerte in einem anderen Format. Die Revision zeigt den alten Typ nicht als einen, den der neue Typ fasst (ein Down-Abschnitt, der ihn zurückändert, nennt ihn).</translation>
    </message>
    <message>
        <source>Check that the values convert before the revision runs, or add a new column, convert in batches and switch.</source>
        <translation>Vor dem Ausführen der Revision prüfen, ob sich die Werte konvertieren lassen, oder eine neue Spalte hinzufügen, in Stapeln konvertieren und umstellen.</translation>
    </message>
    <message>
        <source>Check constraint or foreign key added to a table with rows</source>
        <translation>Check-Constraint oder Fremdschlüssel zu einer Tabelle mit Zeilen hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a CHECK constraint or a FOREIGN KEY reads every existing row: the statement fails if one fails the check or points at a parent row that is not there, which a test database seldom shows.</source>
        <translation>Das Hinzufügen eines CHECK-Constraints oder FOREIGN KEY liest jede vorhandene Zeile: Die Anweisung schlägt fehl, wenn eine den Check nicht erfüllt oder auf eine nicht vorhandene Elternzeile verweist, was eine Testdatenbank selten zeigt.</translation>
    </message>
    <message>
        <source>Find the rows first (SELECT ... WHERE NOT (check), or a LEFT JOIN to the parent table) and fix them in an earlier revision.</source>
        <translation>Die Zeilen zuerst finden (SELECT ... WHERE NOT (check) oder ein LEFT JOIN auf die Elterntabelle) und in einer früheren Revision korrigieren.</translation>
    </message>
    <message>
        <source>Down section does not undo the up section</source>
        <translation>Down-Abschnitt macht den Up-Abschnitt nicht rückgängig</translation>
    </message>
    <message>
        <source>A downgrade should leave the schema as it was before the upgrade; an object the up section creates, drops, renames or changes is not dropped, created again, renamed back or changed back by the down section, so a downgrade leaves it behind and the next upgrade may fail on it.</source>
        <translation>Ein Downgrade sollte das Schema so hinterlassen, wie es vor dem Upgrade war; ein Objekt, das der Up-Abschnitt anlegt, löscht, umbenennt oder ändert, wird vom Down-Abschnitt nicht gelöscht, wieder angelegt, zurückbenannt oder zurückgeändert, sodass ein Downgrade es zurücklässt und das nächste Upgrade daran scheitern kann.</translation>
    </message>
    <message>
        <source>Add the statement that undoes it to the down section; if it cannot be undone, suppress the finding with the reason.</source>
        <translation>Die Anweisung, die es rückgängig macht, zum Down-Abschnitt hinzufügen; lässt es sich nicht rückgängig machen, den Befund mit Begründung unterdrücken.</translation>
    </message>
    <message>
        <source>Up section without a working down section</source>
        <translation>Up-Abschnitt ohne funktionierenden Down-Abschnitt</translation>
    </message>
    <message>
        <source>Without a down section the revision is irreversible and a downgrade through it stops; an empty one records the downgrade while the changes stay in the database.</source>
        <translation>Ohne Down-Abschnitt ist die Revision irreversibel, und ein Downgrade durch sie hindurch bricht ab; ein leerer Down-Abschnitt vermerkt das Downgrade, während die Änderungen in der Datenbank bleiben.</translation>
    </message>
    <message>
        <source>Write the down section; if the change cannot be undone, keep it irreversible on purpose and say so with &quot;-- stepwise:ignore SW402 reason&quot; on the up section&apos;s first statement.</source>
        <translation>Den Down-Abschnitt schreiben; lässt sich die Änderung nicht rückgängig machen, sie bewusst irreversibel lassen und dies mit &quot;-- stepwise:ignore SW402 Begründung&quot; an der ersten Anweisung des Up-Abschnitts kenntlich machen.</translation>
    </message>
    <message>
        <source>Statement that may fail followed by others outside a transaction</source>
        <translation>Anweisung, die fehlschlagen kann, gefolgt von weiteren außerhalb einer Transaktion</translation>
    </message>
    <message>
        <source>This section does not run as one transaction (MySQL and MariaDB commit each DDL statement; transaction:false; generic ODBC), and this statement may fail on the data. If it does, the statements before it stay applied and those after it do not run: the schema is left half way, in a state no revision describes, until the data is fixed and the run resumed.</source>
        <translation>Dieser Abschnitt läuft nicht als eine Transaktion (MySQL und MariaDB committen jede DDL-Anweisung; transaction:false; generisches ODBC), und diese Anweisung kann an den Daten scheitern. Dann bleiben die Anweisungen davor angewendet, und die danach laufen nicht: Das Schema bleibt auf halbem Weg in einem Zustand, den keine Revision beschreibt, bis die Daten korrigiert sind und der Lauf fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Make the statement that may fail the last of its section, or give it a revision of its own, and check the data before running.</source>
        <translation>Die Anweisung, die fehlschlagen kann, zur letzten ihres Abschnitts machen oder ihr eine eigene Revision geben und die Daten vor dem Ausführen prüfen.</translation>
    </message>
    <message>
        <source>BEGIN, COMMIT or ROLLBACK in a section</source>
        <translation>BEGIN, COMMIT oder ROLLBACK in einem Abschnitt</translation>
    </message>
    <message>
        <source>Stepwise runs a transactional section in a transaction of its own and records the step in it: a COMMIT ends it early (what follows runs outside, and a failure then leaves the history wrong), BEGIN is refused or ignored, ROLLBACK throws away part of the step. In a section marked transaction:false, a BEGIN without COMMIT leaves a transaction open.</source>
        <translation>Stepwise führt einen transaktionalen Abschnitt in einer eigenen Transaktion aus und vermerkt den Schritt darin: Ein COMMIT beendet sie vorzeitig (was folgt, läuft außerhalb, und ein Fehler hinterlässt dann eine falsche Historie), BEGIN wird verweigert oder ignoriert, ROLLBACK verwirft einen Teil des Schritts. In einem Abschnitt mit transaction:false lässt ein BEGIN ohne COMMIT eine Transaktion offen.</translation>
    </message>
    <message>
        <source>Leave transaction control to Stepwise; for statements that must run outside a transaction, mark the section transaction:false and close every transaction it opens.</source>
        <translation>Die Transaktionssteuerung Stepwise überlassen; für Anweisungen, die außerhalb einer Transaktion laufen müssen, den Abschnitt mit transaction:false markieren und jede darin geöffnete Transaktion schließen.</translation>
    </message>
    <message>
        <source>Inline REFERENCES ignored (MySQL)</source>
        <translation>Inline-REFERENCES ignoriert (MySQL)</translation>
    </message>
    <message>
        <source>MySQL reads a REFERENCES clause written on a column and ignores it: no foreign key is created (MariaDB 10.5 and later do create one).</source>
        <translation>MySQL liest eine an einer Spalte geschriebene REFERENCES-Klausel und ignoriert sie: Es wird kein Fremdschlüssel angelegt (MariaDB ab 10.5 legt einen an).</translation>
    </message>
    <message>
        <source>Declare the foreign key as a table constraint: FOREIGN KEY (col) REFERENCES other (id).</source>
        <translation>Den Fremdschlüssel als Tabellen-Constraint deklarieren: FOREIGN KEY (col) REFERENCES other (id).</translation>
    </message>
    <message>
        <source>Enum value added inside a transaction</source>
        <translation>Enum-Wert innerhalb einer Transaktion hinzugefügt</translation>
    </message>
    <message>
        <source>ALTER TYPE ... ADD VALUE in a transactional section: PostgreSQL before 12 refuses it, and later versions do not let the same transaction use the new value, so a later statement of the section that does fails. No down section can remove the value again, and without BEFORE or AFTER it sorts last.</source>
        <translation>ALTER TYPE ... ADD VALUE in einem transaktionalen Abschnitt: PostgreSQL vor Version 12 verweigert es, und spätere Versionen lassen dieselbe Transaktion den neuen Wert nicht verwenden, sodass eine spätere Anweisung des Abschnitts, die ihn verwendet, fehlschlägt. Kein Down-Abschnitt kann den Wert wieder entfernen, und ohne BEFORE oder AFTER wird er zuletzt einsortiert.</translation>
    </message>
    <message>
        <source>Add the value in a section of its own marked transaction:false (or a revision of its own) before the statements that use it, with BEFORE or AFTER when the order matters.</source>
        <translation>Den Wert in einem eigenen Abschnitt mit transaction:false (oder einer eigenen Revision) vor den Anweisungen hinzufügen, die ihn verwenden, mit BEFORE oder AFTER, wenn die Reihenfolge wichtig ist.</translation>
    </message>
    <message>
        <source>Failed concurrent index build blocks a resumed run</source>
        <translation>Fehlgeschlagener nebenläufiger Indexaufbau blockiert einen fortgesetzten Lauf</translation>
    </message>
    <message>
        <source>A CREATE INDEX CONCURRENTLY that fails (duplicates, a deadlock, a cancelled run) leaves an INVALID index behind; when the run is resumed the statement runs again and fails because the index exists, and IF NOT EXISTS keeps the invalid index silently.</source>
        <translation>Ein fehlgeschlagenes CREATE INDEX CONCURRENTLY (Duplikate, ein Deadlock, ein abgebrochener Lauf) hinterlässt einen INVALID-Index; wird der Lauf fortgesetzt, läuft die Anweisung erneut und schlägt fehl, weil der Index existiert, und IF NOT EXISTS behält den ungültigen Index stillschweigend.</translation>
    </message>
    <message>
        <source>Precede it with DROP INDEX CONCURRENTLY IF EXISTS of the same name, so that a resumed run starts clean.</source>
        <translation>Ihr ein DROP INDEX CONCURRENTLY IF EXISTS mit demselben Namen voranstellen, damit ein fortgesetzter Lauf sauber beginnt.</translation>
    </message>
    <message>
        <source>stepwise:ignore comment that does not work</source>
        <translation>stepwise:ignore-Kommentar ohne Wirkung</translation>
    </message>
    <message>
        <source>A stepwise:ignore comment names codes that exist, gives a reason, and suppresses a finding of its statement; otherwise it documents nothing or hides a typo.</source>
        <translation>Ein stepwise:ignore-Kommentar nennt existierende Codes, gibt eine Begründung an und unterdrückt einen Befund seiner Anweisung; andernfalls dokumentiert er nichts oder verbirgt einen Tippfehler.</translation>
    </message>
    <message>
        <source>&quot;-- stepwise:ignore SW201 the table has 40 rows&quot; on the statement, on the line before it, or at the end of its line.</source>
        <translation>&quot;-- stepwise:ignore SW201 die Tabelle hat 40 Zeilen&quot; an der Anweisung, in der Zeile davor oder am Ende ihrer Zeile.</translation>
    </message>
    <message>
        <source>Name longer than the database keeps</source>
        <translation>Name länger, als die Datenbank speichert</translation>
    </message>
    <message>
        <source>PostgreSQL cuts names longer than 63 bytes with only a notice, so the object gets another name than the one written, and statements and the down section that use the full name miss it or meet another object cut to the same name; MySQL refuses names over 64 characters.</source>
        <translation>PostgreSQL kürzt Namen über 63 Bytes nur mit einem Hinweis, sodass das Objekt einen anderen Namen erhält als den geschriebenen, und Anweisungen und der Down-Abschnitt, die den vollen Namen verwenden, verfehlen es oder treffen ein anderes, auf denselben Namen gekürztes Objekt; MySQL verweigert Namen über 64 Zeichen.</translation>
    </message>
    <message>
        <source>Use a shorter name (ix_users_email rather than every column spelled out).</source>
        <translation>Einen kürzeren Namen verwenden (ix_users_email statt jeder ausgeschriebenen Spalte).</translation>
    </message>
    <message>
        <source>No connection profile named &apos;%1&apos;: no profiles are saved (Stepwise Studio saves them in its Connections panel)</source>
        <translation>Kein Verbindungsprofil namens &apos;%1&apos;: Es sind keine Profile gespeichert (Stepwise Studio speichert sie in seinem Bereich „Verbindungen“)</translation>
    </message>
    <message>
        <source>No connection profile named &apos;%1&apos;; known profiles: %2</source>
        <translation>Kein Verbindungsprofil namens &apos;%1&apos;; bekannte Profile: %2</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in the %1 of the connection URL</source>
        <translation>Ungültige Prozent-Kodierung in %1 der Verbindungs-URL</translation>
    </message>
    <message>
        <source>The connection URL has no scheme: expected a form such as postgresql://user@host/database or sqlite:///file.db</source>
        <translation>Die Verbindungs-URL hat kein Schema: erwartet wird eine Form wie postgresql://user@host/database oder sqlite:///file.db</translation>
    </message>
    <message>
        <source>Unknown database scheme &apos;%1&apos; in the connection URL (expected sqlite, postgresql, mysql, mariadb or odbc)</source>
        <translation>Unbekanntes Datenbankschema &apos;%1&apos; in der Verbindungs-URL (erwartet: sqlite, postgresql, mysql, mariadb oder odbc)</translation>
    </message>
    <message>
        <source>SQLite connection URLs have no host (&apos;%1&apos;): write sqlite:///relative.db or sqlite:////absolute/path.db</source>
        <translation>SQLite-Verbindungs-URLs haben keinen Host (&apos;%1&apos;): sqlite:///relative.db oder sqlite:////absolute/path.db schreiben</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>ODBC connection URLs name a DSN and no database: odbc://user@DSN, not &apos;/%1&apos;</source>
        <translation>ODBC-Verbindungs-URLs nennen einen DSN und keine Datenbank: odbc://user@DSN, nicht &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>The ODBC connection URL names no DSN: write odbc://DSN</source>
        <translation>Die ODBC-Verbindungs-URL nennt keinen DSN: odbc://DSN schreiben</translation>
    </message>
    <message>
        <source>ODBC connection URLs have no port: write odbc://DSN</source>
        <translation>ODBC-Verbindungs-URLs haben keinen Port: odbc://DSN schreiben</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unterminated IPv6 address &apos;%1&apos; in the connection URL</source>
        <translation>Nicht abgeschlossene IPv6-Adresse &apos;%1&apos; in der Verbindungs-URL</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; after the host in the connection URL</source>
        <translation>Unerwartetes &apos;%1&apos; nach dem Host in der Verbindungs-URL</translation>
    </message>
    <message>
        <source>Empty port in the connection URL</source>
        <translation>Leerer Port in der Verbindungs-URL</translation>
    </message>
    <message>
        <source>Invalid port &apos;%1&apos; in the connection URL</source>
        <translation>Ungültiger Port &apos;%1&apos; in der Verbindungs-URL</translation>
    </message>
    <message>
        <source>Invalid host &apos;%1&apos; in the connection URL</source>
        <translation>Ungültiger Host &apos;%1&apos; in der Verbindungs-URL</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; in the connection URL has no value</source>
        <translation>Option &apos;%1&apos; in der Verbindungs-URL hat keinen Wert</translation>
    </message>
    <message>
        <source>Cannot read the database file %1</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <source>No database URL given</source>
        <translation>Keine Datenbank-URL angegeben</translation>
    </message>
    <message>
        <source>No password given for %1</source>
        <translation>Kein Passwort für %1 angegeben</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed</source>
        <translation>Der Qt-SQL-Treiber %1 für %2 ist nicht installiert</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>Cannot read the server version</source>
        <translation>Die Serverversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unsupported option &apos;%1&apos; in the %2 connection URL</source>
        <translation>Nicht unterstützte Option &apos;%1&apos; in der %2-Verbindungs-URL</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for option &apos;%2&apos; in the %3 connection URL</source>
        <translation>Ungültiger Wert &apos;%1&apos; für Option &apos;%2&apos; in der %3-Verbindungs-URL</translation>
    </message>
    <message>
        <source>session %1 (%2, %3</source>
        <translation>Sitzung %1 (%2, %3</translation>
    </message>
    <message>
        <source>transaction open since %1 UTC</source>
        <translation>Transaktion offen seit %1 UTC</translation>
    </message>
    <message>
        <source>last statement: %1</source>
        <translation>letzte Anweisung: %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>user %1, application &apos;%2&apos;</source>
        <translation>Benutzer %1, Anwendung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>user %1 from %2</source>
        <translation>Benutzer %1 von %2</translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 seit %2 s</translation>
    </message>
    <message>
        <source>Cannot set the run&apos;s lock and statement timeouts</source>
        <translation>Lock- und Statement-Timeouts des Laufs können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Python &apos;%1&apos; (from --python or STEPWISE_PYTHON) is not an executable program</source>
        <translation>Python &apos;%1&apos; (aus --python oder STEPWISE_PYTHON) ist kein ausführbares Programm</translation>
    </message>
    <message>
        <source>No Python found to run this Alembic project: set --python or STEPWISE_PYTHON, activate its virtual environment, or create .venv in the project</source>
        <translation>Kein Python gefunden, um dieses Alembic-Projekt auszuführen: --python oder STEPWISE_PYTHON setzen, seine virtuelle Umgebung aktivieren oder .venv im Projekt anlegen</translation>
    </message>
    <message>
        <source>stepwise_alembic_driver.py is not installed beside stepwise (set STEPWISE_ALEMBIC_DRIVER to its path)</source>
        <translation>stepwise_alembic_driver.py ist nicht neben stepwise installiert (STEPWISE_ALEMBIC_DRIVER auf seinen Pfad setzen)</translation>
    </message>
    <message>
        <source>Cannot start Python &apos;%1&apos;: %2</source>
        <translation>Python &apos;%1&apos; kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 (Python %2): %3</source>
        <translation>%1 (Python %2): %3</translation>
    </message>
    <message>
        <source>The Alembic driver did not start: %1</source>
        <translation>Der Alembic-Treiber ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Alembic %1</source>
        <translation>Alembic %1</translation>
    </message>
    <message>
        <source>, Flask-Migrate %1</source>
        <translation>, Flask-Migrate %1</translation>
    </message>
    <message>
        <source> (Python %1, %2)</source>
        <translation> (Python %1, %2)</translation>
    </message>
    <message>
        <source>Cannot talk to the Alembic driver (Python %1): %2</source>
        <translation>Keine Kommunikation mit dem Alembic-Treiber möglich (Python %1): %2</translation>
    </message>
    <message>
        <source>The Alembic driver (Python %1) ended unexpectedly (exit code %2)</source>
        <translation>Der Alembic-Treiber (Python %1) wurde unerwartet beendet (Exit-Code %2)</translation>
    </message>
    <message>
        <source>The Alembic driver (Python %1) said nothing for %2 s</source>
        <translation>Der Alembic-Treiber (Python %1) hat %2 s lang nichts gemeldet</translation>
    </message>
    <message>
        <source>The Alembic driver wrote something that is not its protocol: %1</source>
        <translation>Der Alembic-Treiber hat etwas geschrieben, das nicht zu seinem Protokoll gehört: %1</translation>
    </message>
    <message>
        <source>Alembic failed: %1: %2</source>
        <translation>Alembic fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>env.py connects to %1, not to the selected database %2: nothing was run. Point the project&apos;s configuration (for a Flask app, e.g. DATABASE_URL) at the selected database, or select that one</source>
        <translation>env.py verbindet sich mit %1, nicht mit der ausgewählten Datenbank %2: Es wurde nichts ausgeführt. Die Konfiguration des Projekts (bei einer Flask-App z. B. DATABASE_URL) auf die ausgewählte Datenbank richten oder jene auswählen</translation>
    </message>
    <message>
        <source>env.py cannot render offline SQL (%1)</source>
        <translation>env.py kann kein Offline-SQL erzeugen (%1)</translation>
    </message>
    <message>
        <source>-- %1.
-- The revisions run only against a live connection; the plan:
</source>
        <translation>-- %1.
-- Die Revisionen laufen nur über eine Live-Verbindung; der Plan:
</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be rendered offline (%3)</source>
        <translation>%1 (%2) kann nicht offline erzeugt werden (%3)</translation>
    </message>
    <message>
        <source>-- %1.
-- It runs only against a live connection; the steps from here on:
</source>
        <translation>-- %1.
-- Es läuft nur über eine Live-Verbindung; die Schritte ab hier:
</translation>
    </message>
    <message>
        <source>The Alembic driver started %1, which is not the next planned step</source>
        <translation>Der Alembic-Treiber hat %1 gestartet, was nicht der nächste geplante Schritt ist</translation>
    </message>
    <message>
        <source>After revision %1 the heads table holds (%2), not the planned (%3): the run stops here</source>
        <translation>Nach Revision %1 enthält die Heads-Tabelle (%2), nicht die geplanten (%3): Der Lauf endet hier</translation>
    </message>
    <message>
        <source>env.py failed before any revision ran: %1: %2</source>
        <translation>env.py ist fehlgeschlagen, bevor eine Revision lief: %1: %2</translation>
    </message>
    <message>
        <source>%1 of revision %2 failed: %3</source>
        <translation>%1 von Revision %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>The database commits each DDL statement: %1 statement(s) of the revision ran before the failure and stayed applied.</source>
        <translation>Die Datenbank committet jede DDL-Anweisung: %1 Anweisung(en) der Revision liefen vor dem Fehler und bleiben angewendet.</translation>
    </message>
    <message>
        <source>[database] shadow_url: %1</source>
        <translation>[database] shadow_url: %1</translation>
    </message>
    <message>
        <source>while building the migrated schema in the shadow database</source>
        <translation>beim Aufbau des migrierten Schemas in der Schattendatenbank</translation>
    </message>
    <message>
        <source>--against: %1</source>
        <translation>--against: %1</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos; in the project</source>
        <translation>Unbekannter Dialekt &apos;%1&apos; im Projekt</translation>
    </message>
    <message>
        <source>The project is written for %1 and --against names a %2 database</source>
        <translation>Das Projekt ist für %1 geschrieben, und --against nennt eine %2-Datenbank</translation>
    </message>
    <message>
        <source>Autogenerate is not supported on %1</source>
        <translation>Autogenerate wird auf %1 nicht unterstützt</translation>
    </message>
    <message>
        <source>Cannot connect to --against %1: %2</source>
        <translation>Verbindung zu --against %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot take the migration lock</source>
        <translation>Die Migrationssperre kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>session %1 (user %2 from %3, since %4 UTC)</source>
        <translation>Sitzung %1 (Benutzer %2 von %3, seit %4 UTC)</translation>
    </message>
    <message>
        <source>Cannot set the lock timeout</source>
        <translation>Das Lock-Timeout kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Stopped waiting for the migration lock held by %1</source>
        <translation>Warten auf die Migrationssperre von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the migration lock held by %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Migrationssperre von %2</translation>
    </message>
    <message>
        <source>Cannot release the migration lock</source>
        <translation>Die Migrationssperre kann nicht freigegeben werden</translation>
    </message>
    <message numerus="yes">
        <source>~%1 row(s)</source>
        <translation>
            <numerusform>~%1 Zeile</numerusform>
            <numerusform>~%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no row violates it now</source>
        <translation>derzeit verletzt keine Zeile sie</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) hold NULL in %2.%3</source>
        <translation>
            <numerusform>%1 Zeile enthält NULL in %2.%3</numerusform>
            <numerusform>%1 Zeilen enthalten NULL in %2.%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) of %2 share a value of %3 or hold NULL in it</source>
        <translation>
            <numerusform>%1 Zeile von %2 teilt einen Wert von %3 oder enthält darin NULL</numerusform>
            <numerusform>%1 Zeilen von %2 teilen einen Wert von %3 oder enthalten darin NULL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) of %2 share a value of %3</source>
        <translation>
            <numerusform>%1 Zeile von %2 teilt einen Wert von %3</numerusform>
            <numerusform>%1 Zeilen von %2 teilen einen Wert von %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) fail the check</source>
        <translation>
            <numerusform>%1 Zeile erfüllt den Check nicht</numerusform>
            <numerusform>%1 Zeilen erfüllen den Check nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) have no parent in %2</source>
        <translation>
            <numerusform>%1 Zeile hat keine Elternzeile in %2</numerusform>
            <numerusform>%1 Zeilen haben keine Elternzeile in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 existing row(s) get 0, &apos;&apos; or a zero date</source>
        <translation>
            <numerusform>%1 vorhandene Zeile erhält 0, &apos;&apos; oder ein Null-Datum</numerusform>
            <numerusform>%1 vorhandene Zeilen erhalten 0, &apos;&apos; oder ein Null-Datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 row(s): adding the column fails</source>
        <translation>
            <numerusform>%1 hat %2 Zeile: Das Hinzufügen der Spalte schlägt fehl</numerusform>
            <numerusform>%1 hat %2 Zeilen: Das Hinzufügen der Spalte schlägt fehl</numerusform>
        </translation>
    </message>
    <message>
        <source>was interrupted after %1 statement(s)</source>
        <translation>wurde nach %1 Anweisung(en) unterbrochen</translation>
    </message>
    <message>
        <source>failed after %1 statement(s)</source>
        <translation>ist nach %1 Anweisung(en) fehlgeschlagen</translation>
    </message>
    <message>
        <source>Revision %1 %2 that stayed applied (%3). A Python revision cannot be resumed half way: undo or finish those statements by hand, then record the real state with `stepwise stamp`.</source>
        <translation>Revision %1 %2, die angewendet blieben (%3). Eine Python-Revision kann nicht auf halbem Weg fortgesetzt werden: Diese Anweisungen von Hand rückgängig machen oder abschließen, dann den tatsächlichen Stand mit `stepwise stamp` vermerken.</translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation>kein Fehler vermerkt</translation>
    </message>
    <message>
        <source>Revision %1 %2 and is half-applied (%3). Fix the file and run `stepwise upgrade --resume` to run the remaining statements, or record the real state with `stepwise stamp`.</source>
        <translation>Revision %1 %2 und ist halb angewendet (%3). Die Datei korrigieren und `stepwise upgrade --resume` ausführen, um die restlichen Anweisungen auszuführen, oder den tatsächlichen Stand mit `stepwise stamp` vermerken.</translation>
    </message>
    <message>
        <source>(--resume continues only that step, and this command starts with another one.)</source>
        <translation>(--resume setzt nur diesen Schritt fort, und dieser Befehl beginnt mit einem anderen.)</translation>
    </message>
    <message>
        <source>another connection writing to the database file</source>
        <translation>eine andere Verbindung, die in die Datenbankdatei schreibt</translation>
    </message>
    <message>
        <source>Cannot create the run&apos;s lock file %1</source>
        <translation>Die Sperrdatei %1 des Laufs kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another run on this database file (%1, process %2 on %3)</source>
        <translation>ein anderer Lauf auf dieser Datenbankdatei (%1, Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the migration lock</source>
        <translation>Beim Warten auf die Migrationssperre abgebrochen</translation>
    </message>
    <message>
        <source>The database changed while the run was starting; run it again</source>
        <translation>Die Datenbank hat sich beim Start des Laufs geändert; den Lauf erneut starten</translation>
    </message>
    <message>
        <source>Revision %1 is a Python (Alembic) revision: its SQL is only known when Alembic runs it, so it is not checked</source>
        <translation>Revision %1 ist eine Python-Revision (Alembic): Ihr SQL ist erst bekannt, wenn Alembic sie ausführt, daher wird sie nicht geprüft</translation>
    </message>
    <message>
        <source>%1 has no &quot;-- migrate:up&quot; section</source>
        <translation>%1 hat keinen Abschnitt &quot;-- migrate:up&quot;</translation>
    </message>
    <message>
        <source>Revision %1 is not in the project</source>
        <translation>Revision %1 ist nicht im Projekt</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the plan has %n error-level safety finding(s); nothing ran.</source>
        <translation>
            <numerusform>Verweigert: Der Plan hat %n Sicherheitsbefund der Stufe Fehler; nichts wurde ausgeführt.</numerusform>
            <numerusform>Verweigert: Der Plan hat %n Sicherheitsbefunde der Stufe Fehler; nichts wurde ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the revision safe (stepwise lint -v explains each finding), suppress a finding with a &quot;-- stepwise:ignore CODE reason&quot; comment, or run anyway with --allow %1</source>
        <translation>Die Revision sicher machen (stepwise lint -v erklärt jeden Befund), einen Befund mit einem Kommentar &quot;-- stepwise:ignore CODE Begründung&quot; unterdrücken oder trotzdem mit --allow %1 ausführen</translation>
    </message>
    <message>
        <source>--allow: %1 is not a check&apos;s code (see stepwise lint --rules)</source>
        <translation>--allow: %1 ist kein Code einer Prüfung (siehe stepwise lint --rules)</translation>
    </message>
    <message>
        <source>(not recorded in the history: %1)</source>
        <translation>(nicht in der Historie vermerkt: %1)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 of %2 statements ran and stay applied. Fix the file and run `stepwise upgrade --resume` to run the rest, or record the state by hand with `stepwise stamp`.</source>
        <translation>%1 von %2 Anweisungen liefen und bleiben angewendet. Die Datei korrigieren und `stepwise upgrade --resume` ausführen, um den Rest auszuführen, oder den Stand von Hand mit `stepwise stamp` vermerken.</translation>
    </message>
    <message>
        <source>set autocommit</source>
        <translation>Autocommit setzen</translation>
    </message>
    <message>
        <source>reconnect</source>
        <translation>neu verbinden</translation>
    </message>
    <message>
        <source>(gave up after waiting %1 s for a lock; no session holding one was found)</source>
        <translation>(nach %1 s Warten auf eine Sperre aufgegeben; keine Sitzung gefunden, die eine hält)</translation>
    </message>
    <message>
        <source>(gave up after waiting %1 s for a lock held by %2)</source>
        <translation>(nach %1 s Warten auf eine Sperre von %2 aufgegeben)</translation>
    </message>
    <message>
        <source>begin transaction</source>
        <translation>Transaktion beginnen</translation>
    </message>
    <message>
        <source>set the lock timeout</source>
        <translation>das Lock-Timeout setzen</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Schema drift is not checked on %1</source>
        <translation>Schema-Drift wird auf %1 nicht geprüft</translation>
    </message>
    <message>
        <source>The shadow database is the database being checked: name another one</source>
        <translation>Die Schattendatenbank ist die geprüfte Datenbank: eine andere angeben</translation>
    </message>
    <message>
        <source>Revision %1 is a Python (Alembic) revision: running Python revisions is not supported yet; use alembic for upgrade and downgrade, or stepwise stamp</source>
        <translation>Revision %1 ist eine Python-Revision (Alembic): Das Ausführen von Python-Revisionen wird noch nicht unterstützt; alembic für Upgrade und Downgrade verwenden oder stepwise stamp</translation>
    </message>
    <message>
        <source>Revision %1 has no down section: it is irreversible, so the downgrade stops before running anything</source>
        <translation>Revision %1 hat keinen Down-Abschnitt: Sie ist irreversibel, daher bricht das Downgrade ab, bevor etwas ausgeführt wird</translation>
    </message>
    <message>
        <source>Revision %1 has an empty down section: downgrading through it would record it as undone while its changes stay in the database. Add the statements that undo it, or confirm with --allow-empty-down</source>
        <translation>Revision %1 hat einen leeren Down-Abschnitt: Ein Downgrade durch sie hindurch würde sie als rückgängig gemacht vermerken, während ihre Änderungen in der Datenbank bleiben. Die Anweisungen hinzufügen, die sie rückgängig machen, oder mit --allow-empty-down bestätigen</translation>
    </message>
    <message>
        <source>Cannot look up table %1</source>
        <translation>Tabelle %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 has format version %2; this Stepwise knows up to %3: upgrade Stepwise</source>
        <translation>%1 hat Formatversion %2; dieses Stepwise kennt bis %3: Stepwise aktualisieren</translation>
    </message>
    <message>
        <source>%1 is not a history table Stepwise knows: it has no column %2</source>
        <translation>%1 ist keine Historientabelle, die Stepwise kennt: Ihr fehlt die Spalte %2</translation>
    </message>
    <message>
        <source>Cannot read the format of %1</source>
        <translation>Das Format von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from format %2 to %3</source>
        <translation>%1 kann nicht von Format %2 auf %3 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot record revision %1 in %2</source>
        <translation>Revision %1 kann nicht in %2 vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot update revision %1 to %2 in %3</source>
        <translation>Revision %1 kann in %3 nicht auf %2 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot delete revision %1 from %2</source>
        <translation>Revision %1 kann nicht aus %2 gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot empty %1</source>
        <translation>%1 kann nicht geleert werden</translation>
    </message>
    <message>
        <source>Cannot record the history of revision %1 in %2</source>
        <translation>Die Historie von Revision %1 kann nicht in %2 vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>History row %1 is missing from %2</source>
        <translation>Historienzeile %1 fehlt in %2</translation>
    </message>
    <message>
        <source>Exactly one target revision is needed</source>
        <translation>Es wird genau eine Zielrevision benötigt</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Unbekannter Befehl</translation>
    </message>
    <message>
        <source>The revision graph has errors</source>
        <translation>Der Revisionsgraph enthält Fehler</translation>
    </message>
    <message>
        <source>Revision %1 is present more than once; also declared in %2</source>
        <translation>Revision %1 ist mehrfach vorhanden; auch deklariert in %2</translation>
    </message>
    <message>
        <source>Revision %1 is declared in %2 and in %3</source>
        <translation>Revision %1 ist in %2 und in %3 deklariert</translation>
    </message>
    <message>
        <source>Empty revision identifier</source>
        <translation>Leerer Revisionsbezeichner</translation>
    </message>
    <message>
        <source>Revision identifier &apos;%1&apos; is a reserved word</source>
        <translation>Revisionsbezeichner &apos;%1&apos; ist ein reserviertes Wort</translation>
    </message>
    <message>
        <source>Revision identifier &apos;%1&apos; is longer than %2 characters, the size of the version column</source>
        <translation>Revisionsbezeichner &apos;%1&apos; ist länger als %2 Zeichen, die Größe der Versionsspalte</translation>
    </message>
    <message>
        <source>Branch label &apos;%1&apos; of revision %2 may not be empty or contain &apos;@&apos;, &apos;:&apos;, &apos;+&apos;, &apos;-&apos;, spaces or commas</source>
        <translation>Zweig-Label &apos;%1&apos; von Revision %2 darf nicht leer sein und weder &apos;@&apos;, &apos;:&apos;, &apos;+&apos;, &apos;-&apos;, Leerzeichen noch Kommas enthalten</translation>
    </message>
    <message>
        <source>Empty revision identifier in down_revision of %1</source>
        <translation>Leerer Revisionsbezeichner in down_revision von %1</translation>
    </message>
    <message>
        <source>Empty revision identifier in depends_on of %1</source>
        <translation>Leerer Revisionsbezeichner in depends_on von %1</translation>
    </message>
    <message>
        <source>Stamp targets %1 conflict; stamp them one at a time</source>
        <translation>Die Stempelziele %1 stehen in Konflikt; einzeln stempeln</translation>
    </message>
    <message>
        <source>The version table lists revision %1 more than once</source>
        <translation>Die Versionstabelle listet Revision %1 mehrfach</translation>
    </message>
    <message>
        <source>stepwise:ignore after the section&apos;s last statement applies to nothing: put it before its statement or at the end of its line</source>
        <translation>stepwise:ignore nach der letzten Anweisung des Abschnitts gilt für nichts: vor seine Anweisung oder an das Ende ihrer Zeile setzen</translation>
    </message>
    <message>
        <source>stepwise:ignore names no rule code (such as SW201)</source>
        <translation>stepwise:ignore nennt keinen Regelcode (etwa SW201)</translation>
    </message>
    <message>
        <source>stepwise:ignore names %1, which is not a rule code</source>
        <translation>stepwise:ignore nennt %1, das kein Regelcode ist</translation>
    </message>
    <message>
        <source>stepwise:ignore %1 gives no reason</source>
        <translation>stepwise:ignore %1 gibt keine Begründung an</translation>
    </message>
    <message>
        <source>stepwise:ignore %1 suppresses nothing: the statement has no %1 finding</source>
        <translation>stepwise:ignore %1 unterdrückt nichts: Die Anweisung hat keinen Befund %1</translation>
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation>unterdrückt: %1</translation>
    </message>
    <message>
        <source>%1 is NOT NULL without a DEFAULT: existing rows get 0, &apos;&apos; or a zero date</source>
        <translation>%1 ist NOT NULL ohne DEFAULT: Vorhandene Zeilen erhalten 0, &apos;&apos; oder ein Null-Datum</translation>
    </message>
    <message>
        <source>%1 is NOT NULL without a DEFAULT: adding it fails when %2 has rows</source>
        <translation>%1 ist NOT NULL ohne DEFAULT: Das Hinzufügen schlägt fehl, wenn %2 Zeilen hat</translation>
    </message>
    <message>
        <source>the unique index %1 cannot be built if %2 holds duplicates</source>
        <translation>der eindeutige Index %1 kann nicht aufgebaut werden, wenn %2 Duplikate enthält</translation>
    </message>
    <message>
        <source>the PRIMARY KEY cannot be added if %1 holds duplicates or NULLs</source>
        <translation>der PRIMARY KEY kann nicht hinzugefügt werden, wenn %1 Duplikate oder NULL-Werte enthält</translation>
    </message>
    <message>
        <source>the UNIQUE constraint cannot be added if %1 holds duplicates</source>
        <translation>der UNIQUE-Constraint kann nicht hinzugefügt werden, wenn %1 Duplikate enthält</translation>
    </message>
    <message>
        <source>making %1 NOT NULL fails if a row holds NULL in it</source>
        <translation>%1 auf NOT NULL zu setzen schlägt fehl, wenn eine Zeile darin NULL enthält</translation>
    </message>
    <message>
        <source>converting %1 from %2 to %3 fails on values that do not convert</source>
        <translation>die Konvertierung von %1 von %2 nach %3 scheitert an Werten, die sich nicht konvertieren lassen</translation>
    </message>
    <message>
        <source>converting %1 to %2 fails on values that do not convert (the revision does not say its old type)</source>
        <translation>die Konvertierung von %1 nach %2 scheitert an Werten, die sich nicht konvertieren lassen (die Revision nennt den alten Typ nicht)</translation>
    </message>
    <message>
        <source>the CHECK constraint %1 cannot be added if a row of %2 fails it</source>
        <translation>der CHECK-Constraint %1 kann nicht hinzugefügt werden, wenn eine Zeile von %2 ihn verletzt</translation>
    </message>
    <message>
        <source>the FOREIGN KEY %1 cannot be added if a row of %2 has no parent row</source>
        <translation>der FOREIGN KEY %1 kann nicht hinzugefügt werden, wenn eine Zeile von %2 keine Elternzeile hat</translation>
    </message>
    <message>
        <source>DROP TABLE %1 deletes the table and all its rows</source>
        <translation>DROP TABLE %1 löscht die Tabelle und alle ihre Zeilen</translation>
    </message>
    <message>
        <source>DROP COLUMN %1 deletes its value in every row</source>
        <translation>DROP COLUMN %1 löscht ihren Wert in jeder Zeile</translation>
    </message>
    <message>
        <source>DROP %1 %2 deletes everything in it</source>
        <translation>DROP %1 %2 löscht alles darin</translation>
    </message>
    <message>
        <source>TRUNCATE %1 CASCADE deletes every row of it and of the tables that reference it</source>
        <translation>TRUNCATE %1 CASCADE löscht alle Zeilen davon und der Tabellen, die darauf verweisen</translation>
    </message>
    <message>
        <source>TRUNCATE %1 deletes every row</source>
        <translation>TRUNCATE %1 löscht alle Zeilen</translation>
    </message>
    <message>
        <source>DROP %1 %2 breaks the clients that read it</source>
        <translation>DROP %1 %2 macht die Clients kaputt, die daraus lesen</translation>
    </message>
    <message>
        <source>DROP INDEX %1: queries that used it fall back to scans</source>
        <translation>DROP INDEX %1: Abfragen, die ihn nutzten, fallen auf Scans zurück</translation>
    </message>
    <message>
        <source>DROP INDEX %1 on %2: queries that used it fall back to scans</source>
        <translation>DROP INDEX %1 auf %2: Abfragen, die ihn nutzten, fallen auf Scans zurück</translation>
    </message>
    <message>
        <source>dropping %1 of %2 stops the database enforcing it</source>
        <translation>nach dem Löschen von %1 auf %2 erzwingt die Datenbank diese Regel nicht mehr</translation>
    </message>
    <message>
        <source>DROP %1 %2 CASCADE drops the columns that use it</source>
        <translation>DROP %1 %2 CASCADE löscht die abhängigen Spalten</translation>
    </message>
    <message>
        <source>DROP %1 %2 fails while columns use it, and breaks clients that name it</source>
        <translation>DROP %1 %2 schlägt fehl, solange Spalten davon abhängen, und macht Clients kaputt, die den Namen verwenden</translation>
    </message>
    <message>
        <source>%1 %2 is dropped: whatever relies on it stops working</source>
        <translation>%1 %2 wird gelöscht: Was sich darauf verlässt, funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3, which cannot hold every old value</source>
        <translation>%1 ändert sich von %2 zu %3, was nicht jeden alten Wert fassen kann</translation>
    </message>
    <message>
        <source>renaming table %1 to %2 breaks clients that use the old name</source>
        <translation>die Umbenennung von Tabelle %1 in %2 macht Clients kaputt, die den alten Namen verwenden</translation>
    </message>
    <message>
        <source>renaming column %1 to %2 breaks clients that use the old name</source>
        <translation>die Umbenennung von Spalte %1 in %2 macht Clients kaputt, die den alten Namen verwenden</translation>
    </message>
    <message>
        <source>moving table %1 to schema %2</source>
        <translation>das Verschieben von Tabelle %1 in Schema %2</translation>
    </message>
    <message>
        <source>renaming constraint %1</source>
        <translation>die Umbenennung von Constraint %1</translation>
    </message>
    <message>
        <source>renaming index %1</source>
        <translation>die Umbenennung von Index %1</translation>
    </message>
    <message>
        <source>renaming %1 %2</source>
        <translation>die Umbenennung von %1 %2</translation>
    </message>
    <message>
        <source>moving %1 %2 to schema %3</source>
        <translation>das Verschieben von %1 %2 in Schema %3</translation>
    </message>
    <message>
        <source>renaming a value of %1</source>
        <translation>die Umbenennung eines Werts von %1</translation>
    </message>
    <message>
        <source>%1 breaks what refers to it by name</source>
        <translation>%1 macht kaputt, was das Objekt beim Namen nennt</translation>
    </message>
    <message>
        <source>%1 may hold NULL from now on: readers that assume a value break</source>
        <translation>%1 kann ab jetzt NULL enthalten: Leser, die einen Wert voraussetzen, scheitern</translation>
    </message>
    <message>
        <source>%1 loses its default: inserts that leave it out no longer get a value</source>
        <translation>%1 verliert den Default: Inserts ohne diese Spalte erhalten keinen Wert mehr</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>the down section does not drop %1 %2, which this statement creates</source>
        <translation>der Down-Abschnitt löscht %1 %2 nicht, das diese Anweisung anlegt</translation>
    </message>
    <message>
        <source>the down section does not create %1 %2 again, which this statement drops</source>
        <translation>der Down-Abschnitt legt %1 %2 nicht wieder an, das diese Anweisung löscht</translation>
    </message>
    <message>
        <source>the down section does not rename %1 %2 back</source>
        <translation>der Down-Abschnitt benennt %1 %2 nicht zurück</translation>
    </message>
    <message>
        <source>the down section does not change %1 %2 back</source>
        <translation>der Down-Abschnitt ändert %1 %2 nicht zurück</translation>
    </message>
    <message>
        <source>the revision has no down section: it cannot be downgraded</source>
        <translation>die Revision hat keinen Down-Abschnitt: Sie kann nicht zurückgestuft werden</translation>
    </message>
    <message>
        <source>the down section is empty: a downgrade would leave these changes in place</source>
        <translation>der Down-Abschnitt ist leer: Ein Downgrade würde diese Änderungen bestehen lassen</translation>
    </message>
    <message numerus="yes">
        <source>this statement may fail on the data, and this section is not one transaction: %n statement(s) after it would not run</source>
        <translation>
            <numerusform>diese Anweisung kann an den Daten scheitern, und dieser Abschnitt ist keine Transaktion: %n Anweisung danach würde nicht laufen</numerusform>
            <numerusform>diese Anweisung kann an den Daten scheitern, und dieser Abschnitt ist keine Transaktion: %n Anweisungen danach würden nicht laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inside a section Stepwise runs in its own transaction</source>
        <translation>%1 in einem Abschnitt, den Stepwise in einer eigenen Transaktion ausführt</translation>
    </message>
    <message>
        <source>this BEGIN is not committed before the section ends</source>
        <translation>dieses BEGIN wird vor dem Ende des Abschnitts nicht committet</translation>
    </message>
    <message>
        <source>MySQL ignores the REFERENCES clause on column %1: no foreign key is created</source>
        <translation>MySQL ignoriert die REFERENCES-Klausel an Spalte %1: Es wird kein Fremdschlüssel angelegt</translation>
    </message>
    <message>
        <source>the value added to %1 cannot be used before this transaction commits</source>
        <translation>der zu %1 hinzugefügte Wert kann erst nach dem Commit dieser Transaktion verwendet werden</translation>
    </message>
    <message>
        <source>if this build fails, %1 stays behind INVALID and a resumed run fails on it: drop it IF EXISTS first</source>
        <translation>schlägt dieser Aufbau fehl, bleibt %1 als INVALID zurück, und ein fortgesetzter Lauf scheitert daran: zuerst mit IF EXISTS löschen</translation>
    </message>
    <message>
        <source>if this build fails, its unnamed INVALID index stays behind: name the index and drop it IF EXISTS first</source>
        <translation>schlägt dieser Aufbau fehl, bleibt sein unbenannter INVALID-Index zurück: den Index benennen und zuerst mit IF EXISTS löschen</translation>
    </message>
    <message>
        <source>the name %1 is %2 bytes long: PostgreSQL keeps the first 63</source>
        <translation>der Name %1 ist %2 Bytes lang: PostgreSQL behält die ersten 63</translation>
    </message>
    <message>
        <source>the name %1 is %2 characters long: MySQL refuses more than 64</source>
        <translation>der Name %1 ist %2 Zeichen lang: MySQL verweigert mehr als 64</translation>
    </message>
    <message>
        <source>CREATE INDEX %1 blocks writes to %2 while it builds</source>
        <translation>CREATE INDEX %1 blockiert Schreibzugriffe auf %2, während er aufgebaut wird</translation>
    </message>
    <message>
        <source>DROP INDEX %1 locks its table exclusively: queries queue behind it</source>
        <translation>DROP INDEX %1 sperrt seine Tabelle exklusiv: Abfragen reihen sich dahinter ein</translation>
    </message>
    <message>
        <source>after the section&apos;s BEGIN</source>
        <translation>nach dem BEGIN des Abschnitts</translation>
    </message>
    <message>
        <source>and Stepwise runs this section in a transaction</source>
        <translation>und Stepwise führt diesen Abschnitt in einer Transaktion aus</translation>
    </message>
    <message>
        <source>%1 CONCURRENTLY cannot run inside a transaction block, %2</source>
        <translation>%1 CONCURRENTLY kann nicht innerhalb eines Transaktionsblocks laufen, %2</translation>
    </message>
    <message>
        <source>DETACH PARTITION CONCURRENTLY cannot run inside a transaction block, %1</source>
        <translation>DETACH PARTITION CONCURRENTLY kann nicht innerhalb eines Transaktionsblocks laufen, %1</translation>
    </message>
    <message>
        <source>adding %1 %2 checks every row of %3 while blocking writes</source>
        <translation>das Hinzufügen von %1 %2 prüft jede Zeile von %3 und blockiert dabei Schreibzugriffe</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1 scans %2 under an ACCESS EXCLUSIVE lock</source>
        <translation>SET NOT NULL auf %1 durchsucht %2 unter einer ACCESS-EXCLUSIVE-Sperre</translation>
    </message>
    <message>
        <source>changing %1 to %2 rewrites %3 under an ACCESS EXCLUSIVE lock</source>
        <translation>die Änderung von %1 zu %2 schreibt %3 unter einer ACCESS-EXCLUSIVE-Sperre neu</translation>
    </message>
    <message>
        <source>a serial column fills every row from its sequence</source>
        <translation>eine serial-Spalte füllt jede Zeile aus ihrer Sequenz</translation>
    </message>
    <message>
        <source>an identity column fills every row</source>
        <translation>eine Identity-Spalte füllt jede Zeile</translation>
    </message>
    <message>
        <source>a stored generated column is computed for every row</source>
        <translation>eine STORED generierte Spalte wird für jede Zeile berechnet</translation>
    </message>
    <message>
        <source>its DEFAULT calls %1(), which may give each row another value</source>
        <translation>ihr DEFAULT ruft %1() auf, was jeder Zeile einen anderen Wert geben kann</translation>
    </message>
    <message>
        <source>adding %1 rewrites %2 under an ACCESS EXCLUSIVE lock: %3</source>
        <translation>das Hinzufügen von %1 schreibt %2 unter einer ACCESS-EXCLUSIVE-Sperre neu: %3</translation>
    </message>
    <message>
        <source>%1 builds its index on %2 while holding an ACCESS EXCLUSIVE lock</source>
        <translation>%1 baut den Index auf %2 unter einer ACCESS-EXCLUSIVE-Sperre auf</translation>
    </message>
    <message>
        <source>no short %1 before this statement: while it waits for its lock on %2, every query on %2 waits behind it</source>
        <translation>kein kurzes %1 vor dieser Anweisung: Während sie auf ihre Sperre auf %2 wartet, wartet jede Abfrage auf %2 dahinter</translation>
    </message>
    <message>
        <source>a FULLTEXT or SPATIAL index blocks writes to %1 while it builds</source>
        <translation>ein FULLTEXT- oder SPATIAL-Index blockiert Schreibzugriffe auf %1, während er aufgebaut wird</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY copies %1 while writes wait</source>
        <translation>ALGORITHM=COPY kopiert %1, während Schreibzugriffe warten</translation>
    </message>
    <message>
        <source>changing the type of %1 copies the table</source>
        <translation>die Änderung des Typs von %1 kopiert die Tabelle</translation>
    </message>
    <message>
        <source>%1 is redefined as %2: if its type changes, the table is copied</source>
        <translation>%1 wird als %2 neu definiert: Ändert sich der Typ, wird die Tabelle kopiert</translation>
    </message>
    <message>
        <source>adding a PRIMARY KEY rebuilds the table</source>
        <translation>das Hinzufügen eines PRIMARY KEY baut die Tabelle neu auf</translation>
    </message>
    <message>
        <source>dropping the PRIMARY KEY without adding another copies the table</source>
        <translation>das Löschen des PRIMARY KEY ohne Hinzufügen eines anderen kopiert die Tabelle</translation>
    </message>
    <message>
        <source>a FULLTEXT or SPATIAL index blocks writes while it builds</source>
        <translation>ein FULLTEXT- oder SPATIAL-Index blockiert Schreibzugriffe, während er aufgebaut wird</translation>
    </message>
    <message>
        <source>adding a FOREIGN KEY copies the table while foreign_key_checks is on</source>
        <translation>das Hinzufügen eines FOREIGN KEY kopiert die Tabelle, solange foreign_key_checks aktiv ist</translation>
    </message>
    <message>
        <source>converting the character set copies the table</source>
        <translation>die Umstellung des Zeichensatzes kopiert die Tabelle</translation>
    </message>
    <message>
        <source>ENGINE= and FORCE rebuild the table</source>
        <translation>ENGINE= und FORCE bauen die Tabelle neu auf</translation>
    </message>
    <message>
        <source>adding an AUTO_INCREMENT column blocks writes while the table is rebuilt</source>
        <translation>das Hinzufügen einer AUTO_INCREMENT-Spalte blockiert Schreibzugriffe, während die Tabelle neu aufgebaut wird</translation>
    </message>
    <message>
        <source>adding a STORED generated column copies the table</source>
        <translation>das Hinzufügen einer STORED generierten Spalte kopiert die Tabelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the values of %1 are removed, reordered or inserted before the end: the table is copied</source>
        <translation>die Werte von %1 werden entfernt, umsortiert oder vor dem Ende eingefügt: Die Tabelle wird kopiert</translation>
    </message>
    <message>
        <source>%1 grows past its storage size: the table is copied</source>
        <translation>%1 überschreitet die Speichergröße: Die Tabelle wird kopiert</translation>
    </message>
    <message>
        <source>%1 is rebuilt by copying its rows into a new table, holding the database&apos;s write lock for the whole copy</source>
        <translation>%1 wird neu aufgebaut, indem die Zeilen in eine neue Tabelle kopiert werden, wobei die Schreibsperre der Datenbank während der gesamten Kopie gehalten wird</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys = %1 does nothing inside a transaction: foreign keys stay enforced</source>
        <translation>PRAGMA foreign_keys = %1 bewirkt innerhalb einer Transaktion nichts: Fremdschlüssel werden weiter erzwungen</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>jede Tabelle</translation>
    </message>
    <message>
        <source>%1 rewrites %2 under an ACCESS EXCLUSIVE lock</source>
        <translation>%1 schreibt %2 unter einer ACCESS-EXCLUSIVE-Sperre neu</translation>
    </message>
    <message>
        <source>REINDEX without CONCURRENTLY blocks writes to %1</source>
        <translation>REINDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf %1</translation>
    </message>
    <message>
        <source>REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of %1</source>
        <translation>REFRESH MATERIALIZED VIEW ohne CONCURRENTLY blockiert Lesezugriffe auf %1</translation>
    </message>
    <message>
        <source>DETACH PARTITION %1 without CONCURRENTLY blocks %2</source>
        <translation>DETACH PARTITION %1 ohne CONCURRENTLY blockiert %2</translation>
    </message>
    <message>
        <source>adding a constraint to domain %1 checks every column that uses it</source>
        <translation>das Hinzufügen eines Constraints zur Domain %1 prüft jede Spalte, die sie verwendet</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is assigned more than once (lines %2 and %3): the last assignment wins</source>
        <translation>%1 wird mehrfach zugewiesen (Zeilen %2 und %3): Die letzte Zuweisung gilt</translation>
    </message>
    <message>
        <source>%1 is assigned inside a block (if/try/with/for/while), so it cannot be read without running Python</source>
        <translation>%1 wird innerhalb eines Blocks (if/try/with/for/while) zugewiesen und kann daher nicht ohne Ausführen von Python gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be read without running Python: Stepwise reads None, string literals and tuples or lists of string literals</source>
        <translation>%1 kann nicht ohne Ausführen von Python gelesen werden: Stepwise liest None, String-Literale und Tupel oder Listen von String-Literalen</translation>
    </message>
    <message>
        <source>revision must be a string</source>
        <translation>revision muss ein String sein</translation>
    </message>
    <message>
        <source>no down_revision: Alembic needs it in every revision file (write down_revision = None for a base revision)</source>
        <translation>kein down_revision: Alembic braucht es in jeder Revisionsdatei (down_revision = None für eine Basisrevision schreiben)</translation>
    </message>
    <message>
        <source>down_revision: empty revision id (use None for a base revision)</source>
        <translation>down_revision: leere Revisions-ID (None für eine Basisrevision verwenden)</translation>
    </message>
    <message>
        <source>; the revision is loaded without its %1</source>
        <translation>; die Revision wird ohne ihr %1 geladen</translation>
    </message>
    <message>
        <source>depends_on: empty revision id</source>
        <translation>depends_on: leere Revisions-ID</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; its context.configure() arguments were not read</source>
        <translation>%1 ist kein gültiges UTF-8; seine Argumente für context.configure() wurden nicht gelesen</translation>
    </message>
    <message>
        <source>%1:%2: %3 is not passed to context.configure() as one literal value, so Stepwise cannot read it without running Python; Alembic&apos;s default is used</source>
        <translation>%1:%2: %3 wird context.configure() nicht als einzelner Literalwert übergeben, daher kann Stepwise es nicht ohne Ausführen von Python lesen; der Standard von Alembic wird verwendet</translation>
    </message>
    <message>
        <source>%1:%2: transaction_per_migration is not True or False; Alembic&apos;s default is used</source>
        <translation>%1:%2: transaction_per_migration ist nicht True oder False; der Standard von Alembic wird verwendet</translation>
    </message>
    <message>
        <source>a key outside any [section]</source>
        <translation>ein Schlüssel außerhalb jedes [Abschnitts]</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;</source>
        <translation>&apos;Schlüssel = Wert&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice in [%2] (first on line %3)</source>
        <translation>&apos;%1&apos; ist in [%2] zweimal gesetzt (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>%(...)s references nest too deeply</source>
        <translation>%(...)s-Verweise sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by &apos;%&apos; or &apos;(name)s&apos; (write %% for a literal %)</source>
        <translation>auf &apos;%&apos; muss &apos;%&apos; oder &apos;(name)s&apos; folgen (%% für ein literales % schreiben)</translation>
    </message>
    <message>
        <source>unknown reference %(%1)s</source>
        <translation>unbekannter Verweis %(%1)s</translation>
    </message>
    <message>
        <source>invalid UTF-8 (revision files are UTF-8)</source>
        <translation>ungültiges UTF-8 (Revisionsdateien sind UTF-8)</translation>
    </message>
    <message>
        <source>header key &apos;%1&apos; must be written in lower case</source>
        <translation>Header-Schlüssel &apos;%1&apos; muss kleingeschrieben werden</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is given twice (first on line %2)</source>
        <translation>Header &apos;%1&apos; ist zweimal angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown header &apos;%1&apos; (kept, not used)</source>
        <translation>unbekannter Header &apos;%1&apos; (beibehalten, nicht verwendet)</translation>
    </message>
    <message>
        <source>parents: %1</source>
        <translation>parents: %1</translation>
    </message>
    <message>
        <source>created &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>created &apos;%1&apos; ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>header line &apos;%1&apos; after the end of the header: header lines must come first, before any other line</source>
        <translation>Header-Zeile &apos;%1&apos; nach dem Ende des Headers: Header-Zeilen müssen vor allen anderen Zeilen stehen</translation>
    </message>
    <message>
        <source>text outside a section: SQL must follow a &apos;-- migrate:up&apos; or &apos;-- migrate:down&apos; line</source>
        <translation>Text außerhalb eines Abschnitts: SQL muss auf eine Zeile &apos;-- migrate:up&apos; oder &apos;-- migrate:down&apos; folgen</translation>
    </message>
    <message>
        <source>unknown section &apos;-- migrate:%1&apos; (expected up or down)</source>
        <translation>unbekannter Abschnitt &apos;-- migrate:%1&apos; (erwartet: up oder down)</translation>
    </message>
    <message>
        <source>second &apos;-- migrate:%1&apos; section (the first is on line %2)</source>
        <translation>zweiter Abschnitt &apos;-- migrate:%1&apos; (der erste steht in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown section option &apos;%1&apos; (known: transaction:false)</source>
        <translation>unbekannte Abschnittsoption &apos;%1&apos; (bekannt: transaction:false)</translation>
    </message>
    <message>
        <source>missing &apos;-- revision:&apos; header</source>
        <translation>Header &apos;-- revision:&apos; fehlt</translation>
    </message>
    <message>
        <source>missing &apos;-- parents:&apos; header (an empty &apos;-- parents:&apos; marks a base revision)</source>
        <translation>Header &apos;-- parents:&apos; fehlt (ein leeres &apos;-- parents:&apos; kennzeichnet eine Basisrevision)</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:up&apos; section</source>
        <translation>kein Abschnitt &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>file name does not match the revision id &apos;%1&apos; (expected &apos;%1_&lt;slug&gt;.sql&apos;; the header is what counts)</source>
        <translation>Dateiname passt nicht zur Revisions-ID &apos;%1&apos; (erwartet &apos;%1_&lt;slug&gt;.sql&apos;; maßgeblich ist der Header)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>[repository] versions names no folder</source>
        <translation>[repository] versions nennt keinen Ordner</translation>
    </message>
    <message>
        <source>stepwise.ini: [database] url holds a password; it is not used (keep passwords out of project files)</source>
        <translation>stepwise.ini: [database] url enthält ein Passwort; sie wird nicht verwendet (Passwörter gehören nicht in Projektdateien)</translation>
    </message>
    <message>
        <source>stepwise.ini: [database] shadow_url holds a password; it is not used (keep passwords out of project files)</source>
        <translation>stepwise.ini: [database] shadow_url enthält ein Passwort; sie wird nicht verwendet (Passwörter gehören nicht in Projektdateien)</translation>
    </message>
    <message>
        <source>transaction_per_migration must be true or false, not &apos;%1&apos;</source>
        <translation>transaction_per_migration muss true oder false sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds, not &apos;%2&apos;</source>
        <translation>%1 muss eine Anzahl Sekunden sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2; expected &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für %2; erwartet: &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</translation>
    </message>
    <message>
        <source>script_location &apos;%1&apos; names a Python package; Stepwise needs a folder path</source>
        <translation>script_location &apos;%1&apos; nennt ein Python-Paket; Stepwise braucht einen Ordnerpfad</translation>
    </message>
    <message>
        <source>recursive_version_locations must be true or false, not &apos;%1&apos;</source>
        <translation>recursive_version_locations muss true oder false sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: sqlalchemy.url holds a password, so it is not used as the default target</source>
        <translation>%1: sqlalchemy.url enthält ein Passwort und wird daher nicht als Standardziel verwendet</translation>
    </message>
    <message>
        <source>version location &apos;%1&apos; is listed twice; it is read once</source>
        <translation>Versionsverzeichnis &apos;%1&apos; ist zweimal aufgeführt; es wird einmal gelesen</translation>
    </message>
    <message>
        <source>versions folder &apos;%1&apos; does not exist</source>
        <translation>Versionsordner &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>%1: [tool.alembic] not read: %2</source>
        <translation>%1: [tool.alembic] nicht gelesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise or Alembic project: it has no stepwise.ini, alembic.ini or migrations/alembic.ini</source>
        <translation>%1 ist kein Stepwise- oder Alembic-Projekt: Es hat keine stepwise.ini, alembic.ini oder migrations/alembic.ini</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>no Stepwise or Alembic project (stepwise.ini, alembic.ini or migrations/alembic.ini) in %1 or its parents</source>
        <translation>kein Stepwise- oder Alembic-Projekt (stepwise.ini, alembic.ini oder migrations/alembic.ini) in %1 oder seinen übergeordneten Ordnern</translation>
    </message>
    <message>
        <source>unterminated string or array</source>
        <translation>nicht abgeschlossener String oder nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>unterminated string literal (starting on line %1)</source>
        <translation>nicht abgeschlossenes String-Literal (beginnend in Zeile %1)</translation>
    </message>
    <message>
        <source>cannot read: a symbolic link to %1, which does not exist</source>
        <translation>kann nicht gelesen werden: ein symbolischer Link auf %1, das nicht existiert</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine Named Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>an entry of unknown type</source>
        <translation>ein Eintrag unbekannten Typs</translation>
    </message>
    <message>
        <source>cannot read: %1, not a regular file</source>
        <translation>kann nicht gelesen werden: %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read: not a regular file</source>
        <translation>kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>der Ordner kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>empty revision id</source>
        <translation>leere Revisions-ID</translation>
    </message>
    <message>
        <source>revision id &apos;%1&apos; is reserved: it means something else in targets</source>
        <translation>Revisions-ID &apos;%1&apos; ist reserviert: Sie hat in Zielen eine andere Bedeutung</translation>
    </message>
    <message>
        <source>revision id &apos;%1&apos; is longer than %2 characters (the version table column is VARCHAR(%2))</source>
        <translation>Revisions-ID &apos;%1&apos; ist länger als %2 Zeichen (die Spalte der Versionstabelle ist VARCHAR(%2))</translation>
    </message>
    <message>
        <source>revision id &apos;%1&apos; contains &apos;%2&apos;: only letters A-Z, digits and &apos;_&apos; are allowed</source>
        <translation>Revisions-ID &apos;%1&apos; enthält &apos;%2&apos;: Nur Buchstaben A-Z, Ziffern und &apos;_&apos; sind erlaubt</translation>
    </message>
    <message>
        <source>empty branch label</source>
        <translation>leeres Zweig-Label</translation>
    </message>
    <message>
        <source>branch label &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in labels (it has a meaning in targets)</source>
        <translation>Zweig-Label &apos;%1&apos; enthält &apos;%2&apos;, das in Labels nicht erlaubt ist (es hat in Zielen eine Bedeutung)</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekannter Dialekt &apos;%1&apos; (erwartet einer von: %2)</translation>
    </message>
    <message>
        <source>%1 already holds a project</source>
        <translation>%1 enthält bereits ein Projekt</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty</source>
        <translation>%1 existiert bereits und ist nicht leer</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Revision %1 is present more than once</source>
        <translation>Revision %1 ist mehrfach vorhanden</translation>
    </message>
    <message>
        <source>parent %1 is not a revision of this project</source>
        <translation>Elternrevision %1 ist keine Revision dieses Projekts</translation>
    </message>
    <message>
        <source>depends_on %1 is not a revision or branch label of this project</source>
        <translation>depends_on %1 ist weder eine Revision noch ein Zweig-Label dieses Projekts</translation>
    </message>
    <message>
        <source>new revisions of an Alembic project are written by `alembic revision`</source>
        <translation>neue Revisionen eines Alembic-Projekts werden von `alembic revision` geschrieben</translation>
    </message>
    <message>
        <source>%1 already exists; not overwritten</source>
        <translation>%1 existiert bereits; nicht überschrieben</translation>
    </message>
    <message>
        <source>Reading the catalog of %1</source>
        <translation>Katalog von %1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the list of tables</source>
        <translation>Liste der Tabellen wird gelesen</translation>
    </message>
    <message>
        <source>Reading the server&apos;s catalog</source>
        <translation>Katalog des Servers wird gelesen</translation>
    </message>
    <message>
        <source>The connection has no database selected</source>
        <translation>Für die Verbindung ist keine Datenbank ausgewählt</translation>
    </message>
    <message>
        <source>Reading the catalog of database %1</source>
        <translation>Katalog der Datenbank %1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the list of schemas</source>
        <translation>Liste der Schemas wird gelesen</translation>
    </message>
    <message>
        <source>Reading the tables&apos; columns</source>
        <translation>Spalten der Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the tables&apos; constraints</source>
        <translation>Constraints der Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the tables&apos; indexes</source>
        <translation>Indizes der Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the enum types</source>
        <translation>Enum-Typen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the objects not compared</source>
        <translation>Nicht verglichene Objekte werden gelesen</translation>
    </message>
    <message>
        <source>FROM is a %1 database and TO a %2 one: compare schemas of one dialect</source>
        <translation>FROM ist eine %1-Datenbank und TO eine %2-Datenbank: Schemas desselben Dialekts vergleichen</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos; (sqlite, postgresql, mysql)</source>
        <translation>Unbekannter Dialekt &apos;%1&apos; (sqlite, postgresql, mysql)</translation>
    </message>
    <message>
        <source>Comparing schemas is not supported on %1</source>
        <translation>Schemavergleich wird auf %1 nicht unterstützt</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): %3</source>
        <translation>Verbindung zu %1 (%2) nicht möglich: %3</translation>
    </message>
    <message>
        <source>possible rename of %1 to %2</source>
        <translation>mögliche Umbenennung von %1 in %2</translation>
    </message>
    <message>
        <source>values of %1 removed or reordered: columns of this type need converting</source>
        <translation>Werte von %1 entfernt oder umsortiert: Spalten dieses Typs müssen konvertiert werden</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>null allowed</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Default</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Default %1</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>collation %1</source>
        <translation>Sortierfolge %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>drop view %1</source>
        <translation>View %1 löschen</translation>
    </message>
    <message>
        <source>drop foreign key %1 on %2</source>
        <translation>Fremdschlüssel %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>drop check %1 on %2</source>
        <translation>Check %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>drop unique (%1) on %2</source>
        <translation>Unique (%1) auf %2 löschen</translation>
    </message>
    <message>
        <source>drop index %1 on %2</source>
        <translation>Index %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>drop primary key of %1</source>
        <translation>Primärschlüssel von %1 löschen</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>drop column %1.%2</source>
        <translation>Spalte %1.%2 löschen</translation>
    </message>
    <message>
        <source>create type %1</source>
        <translation>Typ %1 anlegen</translation>
    </message>
    <message>
        <source>add values %1 to type %2</source>
        <translation>Werte %1 zu Typ %2 hinzufügen</translation>
    </message>
    <message>
        <source>create sequence %1</source>
        <translation>Sequenz %1 anlegen</translation>
    </message>
    <message>
        <source>alter sequence %1</source>
        <translation>Sequenz %1 ändern</translation>
    </message>
    <message>
        <source>create table %1</source>
        <translation>Tabelle %1 anlegen</translation>
    </message>
    <message>
        <source>add column %1.%2</source>
        <translation>Spalte %1.%2 hinzufügen</translation>
    </message>
    <message>
        <source>alter column %1.%2 (%3)</source>
        <translation>Spalte %1.%2 ändern (%3)</translation>
    </message>
    <message>
        <source>comment on table %1</source>
        <translation>Kommentar zu Tabelle %1</translation>
    </message>
    <message>
        <source>add primary key (%1) to %2</source>
        <translation>Primärschlüssel (%1) zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>add unique (%1) to %2</source>
        <translation>Unique (%1) zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>create index %1 on %2</source>
        <translation>Index %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>add check %1 to %2</source>
        <translation>Check %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>add foreign key %1 (%2) to %3</source>
        <translation>Fremdschlüssel %1 (%2) zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>create view %1</source>
        <translation>View %1 anlegen</translation>
    </message>
    <message>
        <source>drop sequence %1</source>
        <translation>Sequenz %1 löschen</translation>
    </message>
    <message>
        <source>drop type %1</source>
        <translation>Typ %1 löschen</translation>
    </message>
    <message>
        <source>Comparing schemas is not supported on the %1 driver</source>
        <translation>Schemavergleich wird mit dem Treiber %1 nicht unterstützt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Does not run on a shadow %1 database</source>
        <translation>Läuft nicht auf einer %1-Schattendatenbank</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the shadow database</source>
        <translation>Für die Schattendatenbank kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>Cannot connect to the shadow database %1: %2</source>
        <translation>Verbindung zur Schattendatenbank %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No such SQL file: %1</source>
        <translation>SQL-Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>On %1 the schema is built in a shadow database first: name one with --shadow-url (or shadow_url in stepwise.ini&apos;s [database])</source>
        <translation>Auf %1 wird das Schema zuerst in einer Schattendatenbank aufgebaut: eine mit --shadow-url angeben (oder shadow_url in [database] von stepwise.ini)</translation>
    </message>
    <message>
        <source>The shadow database %1 is not a %2 database</source>
        <translation>Die Schattendatenbank %1 ist keine %2-Datenbank</translation>
    </message>
    <message>
        <source>Cannot connect to the server of the shadow database %1: %2</source>
        <translation>Verbindung zum Server der Schattendatenbank %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Looking for the shadow database %1</source>
        <translation>Schattendatenbank %1 wird gesucht</translation>
    </message>
    <message>
        <source>Cannot create the shadow database %1 (the user needs the %2 privilege)</source>
        <translation>Die Schattendatenbank %1 kann nicht angelegt werden (der Benutzer braucht das Recht %2)</translation>
    </message>
    <message>
        <source>Emptying the shadow database</source>
        <translation>Schattendatenbank wird geleert</translation>
    </message>
    <message>
        <source>Reading the SQLite schema</source>
        <translation>SQLite-Schema wird gelesen</translation>
    </message>
    <message>
        <source>unterminated string: the %1 opened here is never closed</source>
        <translation>nicht abgeschlossener String: Das hier geöffnete %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated quoted identifier: the %1 opened here is never closed</source>
        <translation>nicht abgeschlossener Bezeichner in Anführungszeichen: Das hier geöffnete %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated comment: the /* opened here is never closed</source>
        <translation>nicht abgeschlossener Kommentar: Das hier geöffnete /* wird nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated dollar quote: the %1 opened here is never closed</source>
        <translation>nicht abgeschlossenes Dollar-Quoting: Das hier geöffnete %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>psql meta-command %1 is not SQL; only SQL statements can be run</source>
        <translation>psql-Metabefehl %1 ist kein SQL; nur SQL-Anweisungen können ausgeführt werden</translation>
    </message>
    <message>
        <source>DELIMITER needs a delimiter string, as in DELIMITER //</source>
        <translation>DELIMITER braucht eine Trennzeichenfolge, wie in DELIMITER //</translation>
    </message>
    <message>
        <source>delimiter %1 must not contain a backslash</source>
        <translation>Trennzeichen %1 darf keinen Backslash enthalten</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>ungültige UTF-8-Bytefolge</translation>
    </message>
    <message>
        <source>cannot read the script: %1</source>
        <translation>das Skript kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>&apos;branches&apos; takes no arguments</source>
        <translation>&apos;branches&apos; nimmt keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>No drift: %n applied revision(s) match their files.</source>
        <translation>
            <numerusform>Kein Drift: %n angewendete Revision entspricht ihrer Datei.</numerusform>
            <numerusform>Kein Drift: %n angewendete Revisionen entsprechen ihren Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema drift: %n difference(s) between the database and what its revisions build:</source>
        <translation>
            <numerusform>Schema-Drift: %n Unterschied zwischen der Datenbank und dem, was ihre Revisionen aufbauen:</numerusform>
            <numerusform>Schema-Drift: %n Unterschiede zwischen der Datenbank und dem, was ihre Revisionen aufbauen:</numerusform>
        </translation>
    </message>
    <message>
        <source>a command is required</source>
        <translation>ein Befehl ist erforderlich</translation>
    </message>
    <message>
        <source>--url and --connection cannot be used together</source>
        <translation>--url und --connection können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;stepwise --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;stepwise --help&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the project</source>
        <translation>
            <numerusform>%n Problem im Projekt gefunden</numerusform>
            <numerusform>%n Probleme im Projekt gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the migration lock held by %1 …</source>
        <translation>Warten auf die Migrationssperre von %1 …</translation>
    </message>
    <message>
        <source>Running the revisions with %1</source>
        <translation>Revisionen werden mit %1 ausgeführt</translation>
    </message>
    <message>
        <source>&apos;current&apos; takes no arguments</source>
        <translation>&apos;current&apos; nimmt keine Argumente</translation>
    </message>
    <message>
        <source>&apos;heads&apos; takes no arguments</source>
        <translation>&apos;heads&apos; nimmt keine Argumente</translation>
    </message>
    <message>
        <source>&apos;history&apos; takes no arguments</source>
        <translation>&apos;history&apos; nimmt keine Argumente</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) checked: </source>
        <translation>
            <numerusform>%n Revision geprüft: </numerusform>
            <numerusform>%n Revisionen geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n Fehler, </numerusform>
            <numerusform>%n Fehler, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n Warnung, </numerusform>
            <numerusform>%n Warnungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n suppressed)</source>
        <translation>
            <numerusform> (%n unterdrückt)</numerusform>
            <numerusform> (%n unterdrückt)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs the revisions to merge (or &apos;heads&apos;)</source>
        <translation>&apos;merge&apos; braucht die zu mergenden Revisionen (oder &apos;heads&apos;)</translation>
    </message>
    <message>
        <source>Multiple version locations present; the new revision has no parent to choose one by</source>
        <translation>Mehrere Versionsverzeichnisse vorhanden; die neue Revision hat keine Elternrevision, nach der eines gewählt werden kann</translation>
    </message>
    <message numerus="yes">
        <source>Safety checks of the new revision: %n finding(s) to review:</source>
        <translation>
            <numerusform>Sicherheitsprüfungen der neuen Revision: %n Befund zu prüfen:</numerusform>
            <numerusform>Sicherheitsprüfungen der neuen Revision: %n Befunde zu prüfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;plan&apos; needs a command and a target</source>
        <translation>&apos;plan&apos; braucht einen Befehl und ein Ziel</translation>
    </message>
    <message>
        <source>unknown plan command &apos;%1&apos;</source>
        <translation>unbekannter plan-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;plan %1&apos; takes one target</source>
        <translation>&apos;plan %1&apos; nimmt ein Ziel</translation>
    </message>
    <message>
        <source>&apos;plan stamp&apos; needs a target</source>
        <translation>&apos;plan stamp&apos; braucht ein Ziel</translation>
    </message>
    <message>
        <source>&apos;show&apos; takes one revision</source>
        <translation>&apos;show&apos; nimmt eine Revision</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>create a new project (stepwise.ini, versions/)</source>
        <translation>ein neues Projekt anlegen (stepwise.ini, versions/)</translation>
    </message>
    <message>
        <source>write a new revision file; --autogenerate fills it with the SQL that reaches REF (a database URL or .sql file; Alembic projects: their models)</source>
        <translation>eine neue Revisionsdatei schreiben; --autogenerate füllt sie mit dem SQL, das zu REF führt (eine Datenbank-URL oder .sql-Datei; Alembic-Projekte: ihre Modelle)</translation>
    </message>
    <message>
        <source>write a merge revision</source>
        <translation>eine Merge-Revision schreiben</translation>
    </message>
    <message>
        <source>apply revisions up to TARGET (default: heads)</source>
        <translation>Revisionen bis TARGET anwenden (Standard: heads)</translation>
    </message>
    <message>
        <source>revert revisions down to TARGET; through a revision whose down section is empty only when allowed</source>
        <translation>Revisionen bis TARGET zurücknehmen; über eine Revision mit leerem Down-Abschnitt nur, wenn erlaubt</translation>
    </message>
    <message>
        <source>set the database&apos;s revisions without running them</source>
        <translation>die Revisionen der Datenbank setzen, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>the database&apos;s current revision(s)</source>
        <translation>die aktuelle(n) Revision(en) der Datenbank</translation>
    </message>
    <message>
        <source>the project&apos;s head revisions</source>
        <translation>die Head-Revisionen des Projekts</translation>
    </message>
    <message>
        <source>the revisions where the history branches</source>
        <translation>die Revisionen, an denen sich die Historie verzweigt</translation>
    </message>
    <message>
        <source>revisions, newest first</source>
        <translation>Revisionen, neueste zuerst</translation>
    </message>
    <message>
        <source>one revision in full</source>
        <translation>eine Revision vollständig</translation>
    </message>
    <message>
        <source>applied revisions whose files changed or vanished; --schema: the schema against what they build</source>
        <translation>angewendete Revisionen, deren Dateien geändert wurden oder fehlen; --schema: das Schema gegen das, was sie aufbauen</translation>
    </message>
    <message>
        <source>the SQL that turns schema FROM into TO (database URLs or .sql files, applied to a shadow first)</source>
        <translation>das SQL, das Schema FROM in TO überführt (Datenbank-URLs oder .sql-Dateien, zuerst auf eine Schattendatenbank angewendet)</translation>
    </message>
    <message>
        <source>safety checks of the revisions (default: all), or of what upgrade would run, with the database&apos;s table sizes and violating rows (--pending); --rules lists the checks (docs/lint.md)</source>
        <translation>Sicherheitsprüfungen der Revisionen (Standard: alle) oder dessen, was upgrade ausführen würde, mit den Tabellengrößen der Datenbank und verletzenden Zeilen (--pending); --rules listet die Prüfungen auf (docs/lint.md)</translation>
    </message>
    <message>
        <source>the project folder (default: this folder or a parent)</source>
        <translation>der Projektordner (Standard: dieser Ordner oder ein übergeordneter)</translation>
    </message>
    <message>
        <source>database URL, e.g. sqlite:///app.db, postgresql://user@host/db</source>
        <translation>Datenbank-URL, etwa sqlite:///app.db, postgresql://user@host/db</translation>
    </message>
    <message>
        <source>a connection profile saved by Stepwise Studio</source>
        <translation>ein von Stepwise Studio gespeichertes Verbindungsprofil</translation>
    </message>
    <message>
        <source>Alembic projects: the Python that runs their revisions (default: $STEPWISE_PYTHON, $VIRTUAL_ENV, .venv/venv, python3)</source>
        <translation>Alembic-Projekte: das Python, das ihre Revisionen ausführt (Standard: $STEPWISE_PYTHON, $VIRTUAL_ENV, .venv/venv, python3)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>only errors</source>
        <translation>nur Fehler</translation>
    </message>
    <message>
        <source>more detail</source>
        <translation>mehr Details</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>print the help (after a command: its own)</source>
        <translation>die Hilfe ausgeben (nach einem Befehl: dessen eigene)</translation>
    </message>
    <message>
        <source>the new revision&apos;s message</source>
        <translation>die Nachricht der neuen Revision</translation>
    </message>
    <message>
        <source>the head the new revision builds on, or LABEL@head (default: the only head)</source>
        <translation>der Head, auf dem die neue Revision aufbaut, oder LABEL@head (Standard: der einzige Head)</translation>
    </message>
    <message>
        <source>let --head name a revision that is not a head, starting a new branch there</source>
        <translation>--head darf eine Revision nennen, die kein Head ist; dort beginnt ein neuer Zweig</translation>
    </message>
    <message>
        <source>a branch label for the new revision (repeatable)</source>
        <translation>ein Zweig-Label für die neue Revision (wiederholbar)</translation>
    </message>
    <message>
        <source>a revision or label the new one depends on without building on it (repeatable)</source>
        <translation>eine Revision oder ein Label, von dem die neue abhängt, ohne darauf aufzubauen (wiederholbar)</translation>
    </message>
    <message>
        <source>the new revision&apos;s id instead of a generated one</source>
        <translation>die ID der neuen Revision statt einer erzeugten</translation>
    </message>
    <message>
        <source>fill the new revision with the SQL that turns the schema its parents build into --against&apos;s (Alembic projects: their models)</source>
        <translation>die neue Revision mit dem SQL füllen, das das Schema ihrer Elternrevisionen in das von --against überführt (Alembic-Projekte: ihre Modelle)</translation>
    </message>
    <message>
        <source>the schema --autogenerate reaches: a database URL or a .sql file</source>
        <translation>das Schema, zu dem --autogenerate führt: eine Datenbank-URL oder eine .sql-Datei</translation>
    </message>
    <message>
        <source>only the revisions in RANGE ([START]:[END])</source>
        <translation>nur die Revisionen in RANGE ([START]:[END])</translation>
    </message>
    <message>
        <source>mark the database&apos;s current revision(s)</source>
        <translation>die aktuelle(n) Revision(en) der Datenbank markieren</translation>
    </message>
    <message>
        <source>count dependencies as parents</source>
        <translation>Abhängigkeiten als Elternrevisionen zählen</translation>
    </message>
    <message>
        <source>print the SQL instead of running it (no database needed)</source>
        <translation>das SQL ausgeben, statt es auszuführen (keine Datenbank nötig)</translation>
    </message>
    <message>
        <source>finish a step an interrupted run left half-applied</source>
        <translation>einen Schritt abschließen, den ein unterbrochener Lauf halb angewendet hat</translation>
    </message>
    <message>
        <source>revert through revisions whose down section is empty</source>
        <translation>auch über Revisionen mit leerem Down-Abschnitt zurücknehmen</translation>
    </message>
    <message>
        <source>delete every version row before stamping</source>
        <translation>vor dem Stempeln alle Zeilen der Versionstabelle löschen</translation>
    </message>
    <message>
        <source>the new project&apos;s dialect (sqlite, postgresql, mysql or generic; default sqlite), or the one diff reads .sql files in</source>
        <translation>der Dialekt des neuen Projekts (sqlite, postgresql, mysql oder generic; Standard sqlite) oder der, in dem diff .sql-Dateien liest</translation>
    </message>
    <message>
        <source>where .sql files and revisions are applied to read their schema (default: [database] shadow_url of stepwise.ini; SQLite: a temporary file)</source>
        <translation>wo .sql-Dateien und Revisionen angewendet werden, um ihr Schema zu lesen (Standard: [database] shadow_url aus stepwise.ini; SQLite: eine temporäre Datei)</translation>
    </message>
    <message>
        <source>also compare the database&apos;s schema with what its revisions build, and print the SQL that repairs it</source>
        <translation>auch das Schema der Datenbank mit dem vergleichen, was ihre Revisionen aufbauen, und das SQL ausgeben, das es repariert</translation>
    </message>
    <message>
        <source>PostgreSQL: create and drop indexes CONCURRENTLY</source>
        <translation>PostgreSQL: Indizes mit CONCURRENTLY anlegen und löschen</translation>
    </message>
    <message>
        <source>wait this long for the migration lock and, on PostgreSQL and MariaDB, for each statement&apos;s table and row locks (default 30; 0: do not wait)</source>
        <translation>so lange auf die Migrationssperre und, bei PostgreSQL und MariaDB, auf die Tabellen- und Zeilensperren jeder Anweisung warten (Standard 30; 0: nicht warten)</translation>
    </message>
    <message>
        <source>cancel any statement running longer (PostgreSQL, MariaDB; 0: no limit, the default)
Both override [database] lock_timeout / statement_timeout of stepwise.ini and the connection profile&apos;s settings.</source>
        <translation>jede Anweisung abbrechen, die länger läuft (PostgreSQL, MariaDB; 0: keine Grenze, der Standard)
Beide gehen [database] lock_timeout / statement_timeout aus stepwise.ini und den Einstellungen des Verbindungsprofils vor.</translation>
    </message>
    <message>
        <source>run although the plan has error-level safety findings of these codes (see stepwise lint)</source>
        <translation>ausführen, obwohl der Plan Sicherheitsbefunde der Stufe Fehler mit diesen Codes hat (siehe stepwise lint)</translation>
    </message>
    <message>
        <source>check what upgrade would run, with the database&apos;s table sizes and violating rows</source>
        <translation>prüfen, was upgrade ausführen würde, mit den Tabellengrößen der Datenbank und verletzenden Zeilen</translation>
    </message>
    <message>
        <source>list the safety checks</source>
        <translation>die Sicherheitsprüfungen auflisten</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>migration or database failure (lint: an error-level finding)</source>
        <translation>Migrations- oder Datenbankfehler (lint: ein Befund der Stufe Fehler)</translation>
    </message>
    <message>
        <source>usage/config/repository error</source>
        <translation>Aufruf-/Konfigurations-/Repository-Fehler</translation>
    </message>
    <message>
        <source>lock timeout</source>
        <translation>Lock-Timeout</translation>
    </message>
    <message>
        <source>refused by a safety check</source>
        <translation>von einer Sicherheitsprüfung verweigert</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Options of %1:</source>
        <translation>Optionen von %1:</translation>
    </message>
    <message>
        <source>Database migrations with Alembic&apos;s semantics, for native Stepwise projects and Alembic / Flask-Migrate projects.</source>
        <translation>Datenbankmigrationen mit der Semantik von Alembic, für native Stepwise-Projekte und Alembic-/Flask-Migrate-Projekte.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>No database URL: pass --url or --connection (sqlalchemy.url in alembic.ini is used only when it holds no password)</source>
        <translation>Keine Datenbank-URL: --url oder --connection angeben (sqlalchemy.url in alembic.ini wird nur verwendet, wenn sie kein Passwort enthält)</translation>
    </message>
    <message>
        <source>No database URL: pass --url or --connection, or set [database] url in stepwise.ini</source>
        <translation>Keine Datenbank-URL: --url oder --connection angeben oder [database] url in stepwise.ini setzen</translation>
    </message>
    <message>
        <source>--sql needs a dialect: pass --url or --connection, or set [repository] dialect in stepwise.ini</source>
        <translation>--sql braucht einen Dialekt: --url oder --connection angeben oder [repository] dialect in stepwise.ini setzen</translation>
    </message>
    <message>
        <source>Unknown database kind &apos;%1&apos;</source>
        <translation>Unbekannte Datenbankart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;check&apos; takes no arguments</source>
        <translation>&apos;check&apos; nimmt keine Argumente</translation>
    </message>
    <message>
        <source>missing: %1 was applied but no file defines it</source>
        <translation>fehlt: %1 wurde angewendet, aber keine Datei definiert sie</translation>
    </message>
    <message>
        <source>drifted: %1 (%2): its up section changed since it was applied</source>
        <translation>abgewichen: %1 (%2): ihr Up-Abschnitt wurde seit dem Anwenden geändert</translation>
    </message>
    <message>
        <source>missing: %1 is in the heads table but no file defines it</source>
        <translation>fehlt: %1 steht in der Heads-Tabelle, aber keine Datei definiert sie</translation>
    </message>
    <message>
        <source>No schema drift: the database&apos;s schema is what its revisions build.</source>
        <translation>Kein Schema-Drift: Das Schema der Datenbank entspricht dem, was ihre Revisionen aufbauen.</translation>
    </message>
    <message>
        <source> (destructive)</source>
        <translation> (destruktiv)</translation>
    </message>
    <message>
        <source>-- The SQL that brings the database back to its revisions:</source>
        <translation>-- Das SQL, das die Datenbank wieder auf den Stand ihrer Revisionen bringt:</translation>
    </message>
    <message>
        <source>note: no saved password from the keychain (%1)</source>
        <translation>Hinweis: kein gespeichertes Passwort aus dem Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>unrecognized option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>Option &apos;--%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option &apos;--%1&apos; nimmt keinen Wert</translation>
    </message>
    <message>
        <source>unrecognized option &apos;-%1&apos;</source>
        <translation>unbekannte Option &apos;-%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;-%1&apos; needs a value</source>
        <translation>Option &apos;-%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a command</source>
        <translation>Option &apos;--%1&apos; braucht einen Befehl</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; is not valid for &apos;%2&apos;</source>
        <translation>Option &apos;--%1&apos; ist für &apos;%2&apos; nicht gültig</translation>
    </message>
    <message>
        <source>&apos;diff&apos; takes two schemas: FROM and TO (database URLs or .sql files)</source>
        <translation>&apos;diff&apos; nimmt zwei Schemas: FROM und TO (Datenbank-URLs oder .sql-Dateien)</translation>
    </message>
    <message>
        <source>-- No differences: FROM and TO have the same schema.</source>
        <translation>-- Keine Unterschiede: FROM und TO haben dasselbe Schema.</translation>
    </message>
    <message>
        <source>-- Runs outside a transaction (it manages its own): write it in a transaction:false section.</source>
        <translation>-- Läuft außerhalb einer Transaktion (verwaltet seine eigene): in einen Abschnitt mit transaction:false schreiben.</translation>
    </message>
    <message>
        <source>&apos;init&apos; takes one folder</source>
        <translation>&apos;init&apos; nimmt einen Ordner</translation>
    </message>
    <message>
        <source>Created a Stepwise project in %1 (stepwise.ini, versions/).</source>
        <translation>Stepwise-Projekt in %1 angelegt (stepwise.ini, versions/).</translation>
    </message>
    <message>
        <source>Set [database] url in stepwise.ini or pass --url, then: stepwise revision -m &quot;first revision&quot;</source>
        <translation>[database] url in stepwise.ini setzen oder --url angeben, dann: stepwise revision -m &quot;erste Revision&quot;</translation>
    </message>
    <message>
        <source>Safer: %1</source>
        <translation>Sicherer: %1</translation>
    </message>
    <message>
        <source>not checked: %1 is a Python (Alembic) revision</source>
        <translation>nicht geprüft: %1 ist eine Python-Revision (Alembic)</translation>
    </message>
    <message>
        <source>&apos;lint --rules&apos; takes no revision</source>
        <translation>&apos;lint --rules&apos; nimmt keine Revision</translation>
    </message>
    <message>
        <source>&apos;lint&apos; takes one revision or range (A:B), or --pending</source>
        <translation>&apos;lint&apos; nimmt eine Revision oder einen Bereich (A:B) oder --pending</translation>
    </message>
    <message>
        <source>The SQL is incomplete: %1</source>
        <translation>Das SQL ist unvollständig: %1</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds</source>
        <translation>--%1 erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--resume runs against a database; it cannot be combined with --sql</source>
        <translation>--resume läuft gegen eine Datenbank; es kann nicht mit --sql kombiniert werden</translation>
    </message>
    <message>
        <source>&apos;upgrade&apos; takes one target</source>
        <translation>&apos;upgrade&apos; nimmt ein Ziel</translation>
    </message>
    <message>
        <source>&apos;downgrade&apos; takes one target</source>
        <translation>&apos;downgrade&apos; nimmt ein Ziel</translation>
    </message>
    <message>
        <source>&apos;stamp&apos; needs at least one revision</source>
        <translation>&apos;stamp&apos; braucht mindestens eine Revision</translation>
    </message>
    <message>
        <source>&apos;revision&apos; takes no arguments (did you mean -m &quot;%1&quot;?)</source>
        <translation>&apos;revision&apos; nimmt keine Argumente (war -m &quot;%1&quot; gemeint?)</translation>
    </message>
    <message>
        <source>--against names the schema --autogenerate compares with</source>
        <translation>--against nennt das Schema, mit dem --autogenerate vergleicht</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;</source>
        <translation>Keine Revision und kein Zweig &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--autogenerate on a native project needs --against REF: the database URL or .sql file the new revision should lead to</source>
        <translation>--autogenerate braucht bei einem nativen Projekt --against REF: die Datenbank-URL oder .sql-Datei, zu der die neue Revision führen soll</translation>
    </message>
    <message>
        <source>No changes in schema detected.</source>
        <translation>Keine Schemaänderungen erkannt.</translation>
    </message>
</context>
</TS>
