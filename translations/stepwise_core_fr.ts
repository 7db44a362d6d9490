<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Stepwise</name>
    <message>
        <source>Table dropped</source>
        <translation>Table supprimée</translation>
    </message>
    <message>
        <source>DROP TABLE deletes the table and every row in it. A downgrade can create the table again but not its data, and clients still using it fail at once.</source>
        <translation>DROP TABLE supprime la table et toutes ses lignes. Une rétrogradation peut recréer la table mais pas ses données, et les clients qui l&apos;utilisent encore échouent aussitôt.</translation>
    </message>
    <message>
        <source>Stop using the table in a release first and keep a copy of its data (or rename it and drop it in a later revision once nothing misses it); then suppress the finding, giving the reason.</source>
        <translation>Cessez d&apos;abord d&apos;utiliser la table dans une version et gardez une copie de ses données (ou renommez-la et supprimez-la dans une révision ultérieure quand plus rien n&apos;en dépend) ; puis ignorez le constat en indiquant la raison.</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Colonne supprimée</translation>
    </message>
    <message>
        <source>Dropping a column deletes its value in every row, and clients that still select or insert it fail until they are deployed without it.</source>
        <translation>Supprimer une colonne efface sa valeur dans chaque ligne, et les clients qui la sélectionnent ou l&apos;insèrent encore échouent jusqu&apos;à ce qu&apos;ils soient déployés sans elle.</translation>
    </message>
    <message>
        <source>Deploy clients that no longer use the column first (ignore it in the ORM), then drop it in a later revision; keep a copy if the data may be needed.</source>
        <translation>Déployez d&apos;abord des clients qui n&apos;utilisent plus la colonne (ignorez-la dans l&apos;ORM), puis supprimez-la dans une révision ultérieure ; gardez une copie si les données peuvent servir.</translation>
    </message>
    <message>
        <source>Schema or database dropped</source>
        <translation>Schéma ou base de données supprimé</translation>
    </message>
    <message>
        <source>DROP SCHEMA and DROP DATABASE remove every object in it with all its data; CASCADE also takes objects elsewhere that depend on them.</source>
        <translation>DROP SCHEMA et DROP DATABASE suppriment tous les objets qu&apos;ils contiennent avec toutes leurs données ; CASCADE emporte aussi les objets d&apos;ailleurs qui en dépendent.</translation>
    </message>
    <message>
        <source>Drop the objects one by one in revisions that say what is lost, after exporting what may be needed.</source>
        <translation>Supprimez les objets un par un dans des révisions qui disent ce qui est perdu, après avoir exporté ce qui peut servir.</translation>
    </message>
    <message>
        <source>Table truncated</source>
        <translation>Table vidée</translation>
    </message>
    <message>
        <source>TRUNCATE deletes every row at once (with CASCADE, of the tables that reference it too), locks the table exclusively, and no down section can bring the rows back.</source>
        <translation>TRUNCATE supprime toutes les lignes d&apos;un coup (avec CASCADE, aussi celles des tables qui la référencent), verrouille la table en exclusif, et aucune section down ne peut rendre les lignes.</translation>
    </message>
    <message>
        <source>Delete only the rows that must go (DELETE ... WHERE, in batches); if the table must really be emptied, suppress the finding with the reason.</source>
        <translation>Supprimez seulement les lignes qui doivent partir (DELETE ... WHERE, par lots) ; si la table doit vraiment être vidée, ignorez le constat en indiquant la raison.</translation>
    </message>
    <message>
        <source>View dropped</source>
        <translation>Vue supprimée</translation>
    </message>
    <message>
        <source>Clients and other views that select from the view fail once it is gone; a materialized view also loses its stored rows.</source>
        <translation>Les clients et autres vues qui lisent la vue échouent dès qu&apos;elle n&apos;existe plus ; une vue matérialisée perd aussi ses lignes stockées.</translation>
    </message>
    <message>
        <source>Drop the view once no client uses it; to change it, use CREATE OR REPLACE VIEW with compatible columns.</source>
        <translation>Supprimez la vue quand aucun client ne l&apos;utilise ; pour la modifier, utilisez CREATE OR REPLACE VIEW avec des colonnes compatibles.</translation>
    </message>
    <message>
        <source>Index dropped</source>
        <translation>Index supprimé</translation>
    </message>
    <message>
        <source>Queries that relied on the index turn into scans, which can overload the database; a unique index also stops enforcing uniqueness.</source>
        <translation>Les requêtes qui s&apos;appuyaient sur l&apos;index deviennent des parcours complets, ce qui peut surcharger la base ; un index unique cesse aussi de garantir l&apos;unicité.</translation>
    </message>
    <message>
        <source>Check that the index is unused first (pg_stat_user_indexes, sys.schema_unused_indexes) and build any replacement before dropping it.</source>
        <translation>Vérifiez d&apos;abord que l&apos;index est inutilisé (pg_stat_user_indexes, sys.schema_unused_indexes) et construisez tout remplaçant avant de le supprimer.</translation>
    </message>
    <message>
        <source>Constraint dropped</source>
        <translation>Contrainte supprimée</translation>
    </message>
    <message>
        <source>Without the primary key, unique, foreign key or check constraint the database stops enforcing it: invalid rows can arrive at once, and adding the constraint back later may fail on them.</source>
        <translation>Sans la contrainte de clé primaire, d&apos;unicité, de clé étrangère ou de vérification, la base cesse de l&apos;appliquer : des lignes invalides peuvent arriver aussitôt, et rétablir la contrainte plus tard peut échouer à cause d&apos;elles.</translation>
    </message>
    <message>
        <source>Drop it only once the rule is enforced elsewhere or replaced; to change a constraint, add the new one first (NOT VALID, then VALIDATE), then drop the old one.</source>
        <translation>Ne la supprimez qu&apos;une fois la règle appliquée ailleurs ou remplacée ; pour modifier une contrainte, ajoutez d&apos;abord la nouvelle (NOT VALID, puis VALIDATE), puis supprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Type dropped</source>
        <translation>Type supprimé</translation>
    </message>
    <message>
        <source>DROP TYPE and DROP DOMAIN fail while a column uses the type, and with CASCADE drop those columns with their data.</source>
        <translation>DROP TYPE et DROP DOMAIN échouent tant qu&apos;une colonne utilise le type, et avec CASCADE suppriment ces colonnes avec leurs données.</translation>
    </message>
    <message>
        <source>Move the columns to another type first, then drop the unused type without CASCADE.</source>
        <translation>Passez d&apos;abord les colonnes à un autre type, puis supprimez le type inutilisé sans CASCADE.</translation>
    </message>
    <message>
        <source>Function, trigger, sequence or other object dropped</source>
        <translation>Fonction, déclencheur, séquence ou autre objet supprimé</translation>
    </message>
    <message>
        <source>Dropping a function, procedure, trigger, sequence, extension, policy or similar object breaks what calls or relies on it: triggers stop enforcing their rules, defaults that call nextval() fail, policies stop filtering rows.</source>
        <translation>Supprimer une fonction, procédure, un déclencheur, une séquence, extension, politique ou objet similaire casse ce qui l&apos;appelle ou en dépend : les déclencheurs n&apos;appliquent plus leurs règles, les valeurs par défaut qui appellent nextval() échouent, les politiques ne filtrent plus les lignes.</translation>
    </message>
    <message>
        <source>Make sure nothing depends on it (application code, column defaults, other functions); create its replacement first if the behaviour must go on.</source>
        <translation>Assurez-vous que rien n&apos;en dépend (code applicatif, valeurs par défaut de colonnes, autres fonctions) ; créez d&apos;abord son remplaçant si le comportement doit perdurer.</translation>
    </message>
    <message>
        <source>Column type narrowed</source>
        <translation>Type de colonne restreint</translation>
    </message>
    <message>
        <source>The new type holds fewer values than the old one (shorter text, a smaller integer, fewer digits, enum values removed): PostgreSQL and strict MySQL refuse the change when a row does not fit, and MySQL without strict mode cuts the values silently.</source>
        <translation>Le nouveau type contient moins de valeurs que l&apos;ancien (texte plus court, entier plus petit, moins de chiffres, valeurs d&apos;enum retirées) : PostgreSQL et MySQL strict refusent le changement si une ligne ne tient pas, et MySQL sans mode strict tronque les valeurs en silence.</translation>
    </message>
    <message>
        <source>Check that the data fits first, or add a column of the narrower type, copy what fits, switch clients and drop the old column later.</source>
        <translation>Vérifiez d&apos;abord que les données tiennent, ou ajoutez une colonne du type plus étroit, copiez ce qui tient, basculez les clients et supprimez l&apos;ancienne colonne plus tard.</translation>
    </message>
    <message>
        <source>Table renamed</source>
        <translation>Table renommée</translation>
    </message>
    <message>
        <source>Running clients use the old name and fail from the moment the rename commits until they are redeployed; the two cannot happen at the same instant.</source>
        <translation>Les clients en cours utilisent l&apos;ancien nom et échouent dès la validation du renommage jusqu&apos;à leur redéploiement ; les deux ne peuvent pas se produire au même instant.</translation>
    </message>
    <message>
        <source>Expand and contract: keep the old name working (a view or updatable view under it), move clients to the new name, and remove the old one in a later revision.</source>
        <translation>Étendre puis contracter : gardez l&apos;ancien nom fonctionnel (une vue ou vue modifiable sous ce nom), passez les clients au nouveau nom, et supprimez l&apos;ancien dans une révision ultérieure.</translation>
    </message>
    <message>
        <source>Column renamed</source>
        <translation>Colonne renommée</translation>
    </message>
    <message>
        <source>Running clients select and insert the old column name and fail until they are redeployed.</source>
        <translation>Les clients en cours sélectionnent et insèrent l&apos;ancien nom de colonne et échouent jusqu&apos;à leur redéploiement.</translation>
    </message>
    <message>
        <source>Add the new column, write both, copy the values, move readers to the new column, then drop the old one in a later revision.</source>
        <translation>Ajoutez la nouvelle colonne, écrivez les deux, copiez les valeurs, passez les lecteurs à la nouvelle colonne, puis supprimez l&apos;ancienne dans une révision ultérieure.</translation>
    </message>
    <message>
        <source>Index, constraint, view, type or schema renamed</source>
        <translation>Index, contrainte, vue, type ou schéma renommé</translation>
    </message>
    <message>
        <source>Renaming an index, constraint, view, type, sequence or schema, or moving an object to another schema, breaks what names it: queries, index hints, ON CONFLICT ON CONSTRAINT, search paths.</source>
        <translation>Renommer un index, une contrainte, une vue, un type, une séquence ou un schéma, ou déplacer un objet dans un autre schéma, casse ce qui le nomme : requêtes, indications d&apos;index, ON CONFLICT ON CONSTRAINT, chemins de recherche.</translation>
    </message>
    <message>
        <source>Rename only objects no client names; otherwise provide the new name alongside the old one first.</source>
        <translation>Ne renommez que des objets qu&apos;aucun client ne nomme ; sinon, fournissez d&apos;abord le nouveau nom à côté de l&apos;ancien.</translation>
    </message>
    <message>
        <source>NOT NULL dropped</source>
        <translation>NOT NULL supprimé</translation>
    </message>
    <message>
        <source>Clients that assume the column always has a value read NULLs as soon as other clients write them, and NOT NULL cannot be put back while any are there.</source>
        <translation>Les clients qui supposent que la colonne a toujours une valeur lisent des NULL dès que d&apos;autres clients en écrivent, et NOT NULL ne peut pas être rétabli tant qu&apos;il en reste.</translation>
    </message>
    <message>
        <source>Deploy readers that handle NULL before this change.</source>
        <translation>Déployez des lecteurs qui gèrent NULL avant ce changement.</translation>
    </message>
    <message>
        <source>Column default dropped</source>
        <translation>Valeur par défaut de colonne supprimée</translation>
    </message>
    <message>
        <source>Inserts that leave the column out get NULL from now on, or fail when the column is NOT NULL: clients deployed before the change rely on the default.</source>
        <translation>Les insertions qui omettent la colonne reçoivent désormais NULL, ou échouent si la colonne est NOT NULL : les clients déployés avant le changement comptent sur la valeur par défaut.</translation>
    </message>
    <message>
        <source>Drop the default only once every client sets the column itself.</source>
        <translation>Ne supprimez la valeur par défaut qu&apos;une fois que chaque client renseigne lui-même la colonne.</translation>
    </message>
    <message>
        <source>Index built without CONCURRENTLY</source>
        <translation>Index construit sans CONCURRENTLY</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for the whole build: inserts, updates and deletes wait until it is done, minutes on a large table.</source>
        <translation>CREATE INDEX sans CONCURRENTLY tient un verrou SHARE sur la table pendant toute la construction : insertions, mises à jour et suppressions attendent la fin, des minutes sur une grande table.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, in a section marked &quot;-- migrate:up transaction:false&quot;. On a table created in the same section the plain form is fine.</source>
        <translation>CREATE INDEX CONCURRENTLY, dans une section marquée &quot;-- migrate:up transaction:false&quot;. Sur une table créée dans la même section, la forme simple convient.</translation>
    </message>
    <message>
        <source>Index dropped without CONCURRENTLY</source>
        <translation>Index supprimé sans CONCURRENTLY</translation>
    </message>
    <message>
        <source>DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index&apos;s table: while it waits for running queries, every new query on the table queues behind it.</source>
        <translation>DROP INDEX sans CONCURRENTLY prend un verrou ACCESS EXCLUSIVE sur la table de l&apos;index : pendant qu&apos;il attend les requêtes en cours, chaque nouvelle requête sur la table fait la queue derrière lui.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY, in a section marked transaction:false.</source>
        <translation>DROP INDEX CONCURRENTLY, dans une section marquée transaction:false.</translation>
    </message>
    <message>
        <source>CONCURRENTLY inside a transaction</source>
        <translation>CONCURRENTLY dans une transaction</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CREATE INDEX, DROP INDEX, REINDEX and DETACH PARTITION with CONCURRENTLY inside a transaction block, and Stepwise runs a section in one unless its marker says transaction:false.</source>
        <translation>PostgreSQL refuse CREATE INDEX, DROP INDEX, REINDEX et DETACH PARTITION avec CONCURRENTLY dans un bloc de transaction, et Stepwise exécute une section dans une transaction sauf si son marqueur indique transaction:false.</translation>
    </message>
    <message>
        <source>Put the statement in a section marked &quot;-- migrate:up transaction:false&quot; (best alone in its revision), without BEGIN around it.</source>
        <translation>Placez l&apos;instruction dans une section marquée &quot;-- migrate:up transaction:false&quot; (idéalement seule dans sa révision), sans BEGIN autour.</translation>
    </message>
    <message>
        <source>Foreign key or check added without NOT VALID</source>
        <translation>Clé étrangère ou vérification ajoutée sans NOT VALID</translation>
    </message>
    <message>
        <source>Adding a foreign key or check constraint checks every existing row while holding a lock that blocks writes (for a foreign key, on both tables).</source>
        <translation>Ajouter une clé étrangère ou une contrainte de vérification contrôle chaque ligne existante en tenant un verrou qui bloque les écritures (pour une clé étrangère, sur les deux tables).</translation>
    </message>
    <message>
        <source>Add it with NOT VALID (new rows are checked at once, the lock is brief), then VALIDATE CONSTRAINT in a later statement: validating takes a lock that lets reads and writes go on.</source>
        <translation>Ajoutez-la avec NOT VALID (les nouvelles lignes sont vérifiées aussitôt, le verrou est bref), puis VALIDATE CONSTRAINT dans une instruction ultérieure : la validation prend un verrou qui laisse passer lectures et écritures.</translation>
    </message>
    <message>
        <source>SET NOT NULL scans the table under an exclusive lock</source>
        <translation>SET NOT NULL parcourt la table sous verrou exclusif</translation>
    </message>
    <message>
        <source>SET NOT NULL reads the whole table looking for NULLs while holding an ACCESS EXCLUSIVE lock: no reads or writes until it is done.</source>
        <translation>SET NOT NULL lit toute la table à la recherche de NULL en tenant un verrou ACCESS EXCLUSIVE : ni lecture ni écriture jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; then SET NOT NULL, which PostgreSQL 12 and later prove from the valid check without a scan (drop the check afterwards).</source>
        <translation>ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c; puis SET NOT NULL, que PostgreSQL 12 et plus déduit de la vérification valide sans parcours (supprimez ensuite la vérification).</translation>
    </message>
    <message>
        <source>Column type change rewrites the table</source>
        <translation>Le changement de type de colonne réécrit la table</translation>
    </message>
    <message>
        <source>Changing a column&apos;s type rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock, except varchar(n) to a longer varchar or text and numeric to a larger precision with the same scale.</source>
        <translation>Changer le type d&apos;une colonne réécrit la table et reconstruit ses index sous un verrou ACCESS EXCLUSIVE, sauf de varchar(n) vers un varchar plus long ou text, et de numeric vers une précision supérieure à même échelle.</translation>
    </message>
    <message>
        <source>Add a column of the new type, fill it in batches (kept in step by a trigger), switch clients, then drop the old column; or keep to a change that needs no rewrite.</source>
        <translation>Ajoutez une colonne du nouveau type, remplissez-la par lots (synchronisée par un déclencheur), basculez les clients, puis supprimez l&apos;ancienne colonne ; ou limitez-vous à un changement sans réécriture.</translation>
    </message>
    <message>
        <source>New column rewrites the table</source>
        <translation>La nouvelle colonne réécrit la table</translation>
    </message>
    <message>
        <source>A new column whose value is computed per row rewrites the table under an ACCESS EXCLUSIVE lock: a volatile DEFAULT (random(), gen_random_uuid(), clock_timestamp(), nextval() and so serial types), a STORED generated column, an identity column. A constant or stable DEFAULT (0, &apos;x&apos;, now()) is only recorded in the catalog.</source>
        <translation>Une nouvelle colonne dont la valeur est calculée par ligne réécrit la table sous un verrou ACCESS EXCLUSIVE : un DEFAULT volatil (random(), gen_random_uuid(), clock_timestamp(), nextval() et donc les types serial), une colonne générée STORED, une colonne d&apos;identité. Un DEFAULT constant ou stable (0, &apos;x&apos;, now()) est seulement enregistré dans le catalogue.</translation>
    </message>
    <message>
        <source>Add the column without that default, then SET DEFAULT for new rows and fill the existing rows in batches.</source>
        <translation>Ajoutez la colonne sans cette valeur par défaut, puis SET DEFAULT pour les nouvelles lignes et remplissez les lignes existantes par lots.</translation>
    </message>
    <message>
        <source>Primary key or unique constraint builds its index under lock</source>
        <translation>La clé primaire ou contrainte d&apos;unicité construit son index sous verrou</translation>
    </message>
    <message>
        <source>ADD PRIMARY KEY or ADD UNIQUE builds a unique index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes for the whole build.</source>
        <translation>ADD PRIMARY KEY ou ADD UNIQUE construit un index unique en tenant un verrou ACCESS EXCLUSIVE sur la table : ni lecture ni écriture pendant toute la construction.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (transaction:false), then ADD CONSTRAINT c PRIMARY KEY USING INDEX idx (or UNIQUE USING INDEX), which holds the lock only briefly.</source>
        <translation>D&apos;abord CREATE UNIQUE INDEX CONCURRENTLY (transaction:false), puis ADD CONSTRAINT c PRIMARY KEY USING INDEX idx (ou UNIQUE USING INDEX), qui ne tient le verrou que brièvement.</translation>
    </message>
    <message>
        <source>No short lock timeout before a locking change</source>
        <translation>Pas de délai de verrou court avant un changement verrouillant</translation>
    </message>
    <message>
        <source>A schema change first waits for its table&apos;s lock, and while it waits every other query on the table queues behind it. Without a short lock timeout that wait (PostgreSQL: unlimited; MySQL&apos;s lock_wait_timeout: a year; Stepwise&apos;s runs: 30 s unless configured) is an outage.</source>
        <translation>Un changement de schéma attend d&apos;abord le verrou de sa table, et pendant cette attente toute autre requête sur la table fait la queue derrière lui. Sans délai de verrou court, cette attente (PostgreSQL : illimitée ; lock_wait_timeout de MySQL : un an ; exécutions Stepwise : 30 s sauf configuration) est une panne.</translation>
    </message>
    <message>
        <source>Start the section with SET lock_timeout = &apos;2s&apos; (MySQL: SET SESSION lock_wait_timeout = 2), or set lock_timeout under [database] in stepwise.ini or --lock-timeout to 5 s or less; retry when it times out.</source>
        <translation>Commencez la section par SET lock_timeout = &apos;2s&apos; (MySQL : SET SESSION lock_wait_timeout = 2), ou réglez lock_timeout sous [database] dans stepwise.ini ou --lock-timeout à 5 s ou moins ; réessayez en cas d&apos;expiration.</translation>
    </message>
    <message>
        <source>Change copies or locks the table (MySQL)</source>
        <translation>Le changement copie ou verrouille la table (MySQL)</translation>
    </message>
    <message>
        <source>MySQL and MariaDB make this change by copying the table row by row (ALGORITHM=COPY) or rebuilding it while writes wait: a column&apos;s type or character set, the primary key, ENGINE= and FORCE. FULLTEXT and SPATIAL indexes block writes while they build.</source>
        <translation>MySQL et MariaDB effectuent ce changement en copiant la table ligne par ligne (ALGORITHM=COPY) ou en la reconstruisant pendant que les écritures attendent : type ou jeu de caractères d&apos;une colonne, clé primaire, ENGINE= et FORCE. Les index FULLTEXT et SPATIAL bloquent les écritures pendant leur construction.</translation>
    </message>
    <message>
        <source>Ask for ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE so that the server refuses rather than copies, or make the change with an online schema change tool (gh-ost, pt-online-schema-change).</source>
        <translation>Demandez ALGORITHM=INSTANT ou ALGORITHM=INPLACE, LOCK=NONE pour que le serveur refuse plutôt que de copier, ou faites le changement avec un outil de modification de schéma en ligne (gh-ost, pt-online-schema-change).</translation>
    </message>
    <message>
        <source>ENUM or SET values removed, reordered or inserted (MySQL)</source>
        <translation>Valeurs ENUM ou SET retirées, réordonnées ou insérées (MySQL)</translation>
    </message>
    <message>
        <source>Changing an ENUM or SET list is instant only when values are appended and the storage size stays (ENUM up to 255 values, SET within its byte boundary); removing, reordering or inserting values copies the table, and reordering also changes how rows sort and the numbers they hold.</source>
        <translation>Modifier une liste ENUM ou SET n&apos;est instantané que si des valeurs sont ajoutées à la fin et que la taille de stockage ne change pas (ENUM jusqu&apos;à 255 valeurs, SET dans sa limite d&apos;octets) ; retirer, réordonner ou insérer des valeurs copie la table, et réordonner change aussi le tri des lignes et les nombres qu&apos;elles contiennent.</translation>
    </message>
    <message>
        <source>Only append values at the end of the list; leave unused values in place.</source>
        <translation>Ajoutez uniquement des valeurs en fin de liste ; laissez les valeurs inutilisées en place.</translation>
    </message>
    <message>
        <source>Table rebuilt by copying (SQLite)</source>
        <translation>Table reconstruite par copie (SQLite)</translation>
    </message>
    <message>
        <source>A rebuild (new table, copy the rows, drop the old table, rename) copies every row while holding the database&apos;s write lock, and loses the old table&apos;s indexes and triggers unless they are created again.</source>
        <translation>Une reconstruction (nouvelle table, copie des lignes, suppression de l&apos;ancienne table, renommage) copie chaque ligne en tenant le verrou d&apos;écriture de la base, et perd les index et déclencheurs de l&apos;ancienne table s&apos;ils ne sont pas recréés.</translation>
    </message>
    <message>
        <source>Use ALTER TABLE ADD COLUMN, RENAME COLUMN or DROP COLUMN where they suffice; otherwise follow SQLite&apos;s twelve steps: foreign keys off outside the transaction, indexes, triggers and views created again, PRAGMA foreign_key_check before committing.</source>
        <translation>Utilisez ALTER TABLE ADD COLUMN, RENAME COLUMN ou DROP COLUMN quand ils suffisent ; sinon suivez les douze étapes de SQLite : clés étrangères désactivées hors de la transaction, index, déclencheurs et vues recréés, PRAGMA foreign_key_check avant la validation.</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys inside a transaction (SQLite)</source>
        <translation>PRAGMA foreign_keys dans une transaction (SQLite)</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys does nothing inside a transaction, and Stepwise runs this section in one: foreign keys stay on, so dropping a table during a rebuild runs ON DELETE actions on the rows that reference it, or fails.</source>
        <translation>PRAGMA foreign_keys n&apos;a aucun effet dans une transaction, et Stepwise exécute cette section dans une transaction : les clés étrangères restent actives, donc supprimer une table pendant une reconstruction exécute les actions ON DELETE sur les lignes qui la référencent, ou échoue.</translation>
    </message>
    <message>
        <source>Mark the section transaction:false and write PRAGMA foreign_keys = OFF before its own BEGIN and PRAGMA foreign_keys = ON after its COMMIT.</source>
        <translation>Marquez la section transaction:false et écrivez PRAGMA foreign_keys = OFF avant son propre BEGIN et PRAGMA foreign_keys = ON après son COMMIT.</translation>
    </message>
    <message>
        <source>Statement rewrites the whole table</source>
        <translation>L&apos;instruction réécrit toute la table</translation>
    </message>
    <message>
        <source>SET LOGGED or UNLOGGED, SET ACCESS METHOD, SET TABLESPACE, VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until the copy is done.</source>
        <translation>SET LOGGED ou UNLOGGED, SET ACCESS METHOD, SET TABLESPACE, VACUUM FULL et CLUSTER réécrivent toute la table sous un verrou ACCESS EXCLUSIVE : ni lecture ni écriture jusqu&apos;à la fin de la copie.</translation>
    </message>
    <message>
        <source>Run it in a maintenance window, or use pg_repack, which rewrites tables online, instead of VACUUM FULL and CLUSTER.</source>
        <translation>Exécutez-la pendant une fenêtre de maintenance, ou utilisez pg_repack, qui réécrit les tables en ligne, au lieu de VACUUM FULL et CLUSTER.</translation>
    </message>
    <message>
        <source>REINDEX, DETACH PARTITION or REFRESH without CONCURRENTLY</source>
        <translation>REINDEX, DETACH PARTITION ou REFRESH sans CONCURRENTLY</translation>
    </message>
    <message>
        <source>REINDEX and DETACH PARTITION without CONCURRENTLY block writes to the table, and REFRESH MATERIALIZED VIEW without it blocks reads of the view, for as long as they take.</source>
        <translation>REINDEX et DETACH PARTITION sans CONCURRENTLY bloquent les écritures dans la table, et REFRESH MATERIALIZED VIEW sans lui bloque les lectures de la vue, pendant toute leur durée.</translation>
    </message>
    <message>
        <source>REINDEX ... CONCURRENTLY and DETACH PARTITION ... CONCURRENTLY (in a transaction:false section), REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index).</source>
        <translation>REINDEX ... CONCURRENTLY et DETACH PARTITION ... CONCURRENTLY (dans une section transaction:false), REFRESH MATERIALIZED VIEW CONCURRENTLY (la vue nécessite un index unique).</translation>
    </message>
    <message>
        <source>Domain constraint added without NOT VALID</source>
        <translation>Contrainte de domaine ajoutée sans NOT VALID</translation>
    </message>
    <message>
        <source>ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain, holding locks that block writes to them.</source>
        <translation>ALTER DOMAIN ... ADD CONSTRAINT vérifie chaque colonne de chaque table qui utilise le domaine, en tenant des verrous qui y bloquent les écritures.</translation>
    </message>
    <message>
        <source>Add it with NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT.</source>
        <translation>Ajoutez-la avec NOT VALID, puis ALTER DOMAIN ... VALIDATE CONSTRAINT.</translation>
    </message>
    <message>
        <source>NOT NULL column added without a default</source>
        <translation>Colonne NOT NULL ajoutée sans valeur par défaut</translation>
    </message>
    <message>
        <source>A new NOT NULL column without DEFAULT has no value for the existing rows: PostgreSQL refuses it as soon as the table has a row, SQLite always, and MySQL and MariaDB fill in 0, &apos;&apos; or a zero date silently.</source>
        <translation>Une nouvelle colonne NOT NULL sans DEFAULT n&apos;a pas de valeur pour les lignes existantes : PostgreSQL la refuse dès que la table a une ligne, SQLite toujours, et MySQL et MariaDB remplissent 0, &apos;&apos; ou une date zéro en silence.</translation>
    </message>
    <message>
        <source>Give it a DEFAULT, or add it nullable, fill it, then make it NOT NULL (in PostgreSQL through a NOT VALID check, see SW205).</source>
        <translation>Donnez-lui un DEFAULT, ou ajoutez-la nullable, remplissez-la, puis rendez-la NOT NULL (dans PostgreSQL via une vérification NOT VALID, voir SW205).</translation>
    </message>
    <message>
        <source>Unique index, unique constraint or primary key added</source>
        <translation>Index unique, contrainte d&apos;unicité ou clé primaire ajouté</translation>
    </message>
    <message>
        <source>Adding a unique index, unique constraint or primary key fails if the existing rows hold duplicates (or NULLs, for a primary key), which a test database seldom shows.</source>
        <translation>Ajouter un index unique, une contrainte d&apos;unicité ou une clé primaire échoue si les lignes existantes contiennent des doublons (ou des NULL, pour une clé primaire), ce qu&apos;une base de test montre rarement.</translation>
    </message>
    <message>
        <source>Look for duplicates first (GROUP BY ... HAVING count(*) &gt; 1) and clean them up in an earlier revision.</source>
        <translation>Cherchez d&apos;abord les doublons (GROUP BY ... HAVING count(*) &gt; 1) et nettoyez-les dans une révision antérieure.</translation>
    </message>
    <message>
        <source>Column made NOT NULL</source>
        <translation>Colonne rendue NOT NULL</translation>
    </message>
    <message>
        <source>Making a column NOT NULL fails if an existing row holds NULL in it.</source>
        <translation>Rendre une colonne NOT NULL échoue si une ligne existante y contient NULL.</translation>
    </message>
    <message>
        <source>Fill the NULLs first in the same section (UPDATE t SET c = ... WHERE c IS NULL), or prove there are none with a validated CHECK (c IS NOT NULL).</source>
        <translation>Remplissez d&apos;abord les NULL dans la même section (UPDATE t SET c = ... WHERE c IS NULL), ou prouvez qu&apos;il n&apos;y en a pas avec un CHECK (c IS NOT NULL) validé.</translation>
    </message>
    <message>
        <source>Column type changed: values may not convert</source>
        <translation>Type de colonne modifié : les valeurs peuvent ne pas se convertir</translation>
    </message>
    <message>
        <source>Whether the existing values convert to the new type depends on them: text that is not a number, numbers that do not fit, dates in another format. The revision does not show the old type as one the new type holds (a down section that changes it back names it).</source>
        <translation>La conversion des valeurs existantes vers le nouveau type dépend d&apos;elles : texte qui n&apos;est pas un nombre, nombres trop grands, dates dans un autre format. La révision n&apos;indique pas que l&apos;ancien type est contenu dans le nouveau (une section down qui le rétablit le nomme).</translation>
    </message>
    <message>
        <source>Check that the values convert before the revision runs, or add a new column, convert in batches and switch.</source>
        <translation>Vérifiez que les valeurs se convertissent avant l&apos;exécution de la révision, ou ajoutez une nouvelle colonne, convertissez par lots et basculez.</translation>
    </message>
    <message>
        <source>Check constraint or foreign key added to a table with rows</source>
        <translation>Contrainte de vérification ou clé étrangère ajoutée à une table non vide</translation>
    </message>
    <message>
        <source>Adding a CHECK constraint or a FOREIGN KEY reads every existing row: the statement fails if one fails the check or points at a parent row that is not there, which a test database seldom shows.</source>
        <translation>Ajouter une contrainte CHECK ou une FOREIGN KEY lit chaque ligne existante : l&apos;instruction échoue si l&apos;une ne passe pas la vérification ou pointe vers une ligne parente absente, ce qu&apos;une base de test montre rarement.</translation>
    </message>
    <message>
        <source>Find the rows first (SELECT ... WHERE NOT (check), or a LEFT JOIN to the parent table) and fix them in an earlier revision.</source>
        <translation>Trouvez d&apos;abord les lignes (SELECT ... WHERE NOT (vérification), ou un LEFT JOIN vers la table parente) et corrigez-les dans une révision antérieure.</translation>
    </message>
    <message>
        <source>Down section does not undo the up section</source>
        <translation>La section down n&apos;annule pas la section up</translation>
    </message>
    <message>
        <source>A downgrade should leave the schema as it was before the upgrade; an object the up section creates, drops, renames or changes is not dropped, created again, renamed back or changed back by the down section, so a downgrade leaves it behind and the next upgrade may fail on it.</source>
        <translation>Une rétrogradation doit laisser le schéma tel qu&apos;il était avant la mise à niveau ; un objet que la section up crée, supprime, renomme ou modifie n&apos;est pas supprimé, recréé, renommé ou rétabli par la section down, donc une rétrogradation le laisse en place et la mise à niveau suivante peut échouer dessus.</translation>
    </message>
    <message>
        <source>Add the statement that undoes it to the down section; if it cannot be undone, suppress the finding with the reason.</source>
        <translation>Ajoutez l&apos;instruction qui l&apos;annule à la section down ; si elle ne peut pas être annulée, ignorez le constat en indiquant la raison.</translation>
    </message>
    <message>
        <source>Up section without a working down section</source>
        <translation>Section up sans section down fonctionnelle</translation>
    </message>
    <message>
        <source>Without a down section the revision is irreversible and a downgrade through it stops; an empty one records the downgrade while the changes stay in the database.</source>
        <translation>Sans section down, la révision est irréversible et une rétrogradation qui la traverse s&apos;arrête ; une section vide enregistre la rétrogradation alors que les changements restent dans la base.</translation>
    </message>
    <message>
        <source>Write the down section; if the change cannot be undone, keep it irreversible on purpose and say so with &quot;-- stepwise:ignore SW402 reason&quot; on the up section&apos;s first statement.</source>
        <translation>Écrivez la section down ; si le changement ne peut pas être annulé, gardez-le irréversible volontairement et indiquez-le avec &quot;-- stepwise:ignore SW402 raison&quot; sur la première instruction de la section up.</translation>
    </message>
    <message>
        <source>Statement that may fail followed by others outside a transaction</source>
        <translation>Instruction pouvant échouer suivie d&apos;autres hors transaction</translation>
    </message>
    <message>
        <source>This section does not run as one transaction (MySQL and MariaDB commit each DDL statement; transaction:false; generic ODBC), and this statement may fail on the data. If it does, the statements before it stay applied and those after it do not run: the schema is left half way, in a state no revision describes, until the data is fixed and the run resumed.</source>
        <translation>Cette section ne s&apos;exécute pas en une seule transaction (MySQL et MariaDB valident chaque instruction DDL ; transaction:false ; ODBC générique), et cette instruction peut échouer à cause des données. Dans ce cas, les instructions précédentes restent appliquées et les suivantes ne s&apos;exécutent pas : le schéma reste à mi-chemin, dans un état qu&apos;aucune révision ne décrit, jusqu&apos;à ce que les données soient corrigées et l&apos;exécution reprise.</translation>
    </message>
    <message>
        <source>Make the statement that may fail the last of its section, or give it a revision of its own, and check the data before running.</source>
        <translation>Faites de l&apos;instruction pouvant échouer la dernière de sa section, ou donnez-lui sa propre révision, et vérifiez les données avant l&apos;exécution.</translation>
    </message>
    <message>
        <source>BEGIN, COMMIT or ROLLBACK in a section</source>
        <translation>BEGIN, COMMIT ou ROLLBACK dans une section</translation>
    </message>
    <message>
        <source>Stepwise runs a transactional section in a transaction of its own and records the step in it: a COMMIT ends it early (what follows runs outside, and a failure then leaves the history wrong), BEGIN is refused or ignored, ROLLBACK throws away part of the step. In a section marked transaction:false, a BEGIN without COMMIT leaves a transaction open.</source>
        <translation>Stepwise exécute une section transactionnelle dans sa propre transaction et y enregistre l&apos;étape : un COMMIT la termine trop tôt (la suite s&apos;exécute hors transaction, et un échec fausse alors l&apos;historique), BEGIN est refusé ou ignoré, ROLLBACK annule une partie de l&apos;étape. Dans une section marquée transaction:false, un BEGIN sans COMMIT laisse une transaction ouverte.</translation>
    </message>
    <message>
        <source>Leave transaction control to Stepwise; for statements that must run outside a transaction, mark the section transaction:false and close every transaction it opens.</source>
        <translation>Laissez le contrôle des transactions à Stepwise ; pour les instructions qui doivent s&apos;exécuter hors transaction, marquez la section transaction:false et fermez chaque transaction qu&apos;elle ouvre.</translation>
    </message>
    <message>
        <source>Inline REFERENCES ignored (MySQL)</source>
        <translation>REFERENCES en ligne ignoré (MySQL)</translation>
    </message>
    <message>
        <source>MySQL reads a REFERENCES clause written on a column and ignores it: no foreign key is created (MariaDB 10.5 and later do create one).</source>
        <translation>MySQL lit une clause REFERENCES écrite sur une colonne et l&apos;ignore : aucune clé étrangère n&apos;est créée (MariaDB 10.5 et plus en créent une).</translation>
    </message>
    <message>
        <source>Declare the foreign key as a table constraint: FOREIGN KEY (col) REFERENCES other (id).</source>
        <translation>Déclarez la clé étrangère comme contrainte de table : FOREIGN KEY (col) REFERENCES other (id).</translation>
    </message>
    <message>
        <source>Enum value added inside a transaction</source>
        <translation>Valeur d&apos;enum ajoutée dans une transaction</translation>
    </message>
    <message>
        <source>ALTER TYPE ... ADD VALUE in a transactional section: PostgreSQL before 12 refuses it, and later versions do not let the same transaction use the new value, so a later statement of the section that does fails. No down section can remove the value again, and without BEFORE or AFTER it sorts last.</source>
        <translation>ALTER TYPE ... ADD VALUE dans une section transactionnelle : PostgreSQL avant 12 le refuse, et les versions ultérieures ne laissent pas la même transaction utiliser la nouvelle valeur, donc une instruction suivante de la section qui l&apos;utilise échoue. Aucune section down ne peut retirer la valeur, et sans BEFORE ni AFTER elle est triée en dernier.</translation>
    </message>
    <message>
        <source>Add the value in a section of its own marked transaction:false (or a revision of its own) before the statements that use it, with BEFORE or AFTER when the order matters.</source>
        <translation>Ajoutez la valeur dans une section à part marquée transaction:false (ou une révision à part) avant les instructions qui l&apos;utilisent, avec BEFORE ou AFTER si l&apos;ordre compte.</translation>
    </message>
    <message>
        <source>Failed concurrent index build blocks a resumed run</source>
        <translation>Un échec de construction d&apos;index concurrente bloque une reprise</translation>
    </message>
    <message>
        <source>A CREATE INDEX CONCURRENTLY that fails (duplicates, a deadlock, a cancelled run) leaves an INVALID index behind; when the run is resumed the statement runs again and fails because the index exists, and IF NOT EXISTS keeps the invalid index silently.</source>
        <translation>Un CREATE INDEX CONCURRENTLY qui échoue (doublons, interblocage, exécution annulée) laisse un index INVALID ; à la reprise, l&apos;instruction s&apos;exécute de nouveau et échoue car l&apos;index existe, et IF NOT EXISTS garde l&apos;index invalide en silence.</translation>
    </message>
    <message>
        <source>Precede it with DROP INDEX CONCURRENTLY IF EXISTS of the same name, so that a resumed run starts clean.</source>
        <translation>Faites-la précéder d&apos;un DROP INDEX CONCURRENTLY IF EXISTS du même nom, pour qu&apos;une reprise reparte proprement.</translation>
    </message>
    <message>
        <source>stepwise:ignore comment that does not work</source>
        <translation>Commentaire stepwise:ignore inopérant</translation>
    </message>
    <message>
        <source>A stepwise:ignore comment names codes that exist, gives a reason, and suppresses a finding of its statement; otherwise it documents nothing or hides a typo.</source>
        <translation>Un commentaire stepwise:ignore nomme des codes existants, donne une raison et masque un constat de son instruction ; sinon il ne documente rien ou cache une faute de frappe.</translation>
    </message>
    <message>
        <source>&quot;-- stepwise:ignore SW201 the table has 40 rows&quot; on the statement, on the line before it, or at the end of its line.</source>
        <translation>&quot;-- stepwise:ignore SW201 la table a 40 lignes&quot; sur l&apos;instruction, sur la ligne qui la précède ou à la fin de sa ligne.</translation>
    </message>
    <message>
        <source>Name longer than the database keeps</source>
        <translation>Nom plus long que ce que la base conserve</translation>
    </message>
    <message>
        <source>PostgreSQL cuts names longer than 63 bytes with only a notice, so the object gets another name than the one written, and statements and the down section that use the full name miss it or meet another object cut to the same name; MySQL refuses names over 64 characters.</source>
        <translation>PostgreSQL tronque les noms de plus de 63 octets avec un simple avis, donc l&apos;objet reçoit un autre nom que celui écrit, et les instructions et la section down qui utilisent le nom complet le manquent ou tombent sur un autre objet tronqué au même nom ; MySQL refuse les noms de plus de 64 caractères.</translation>
    </message>
    <message>
        <source>Use a shorter name (ix_users_email rather than every column spelled out).</source>
        <translation>Utilisez un nom plus court (ix_users_email plutôt que toutes les colonnes écrites en entier).</translation>
    </message>
    <message>
        <source>No connection profile named &apos;%1&apos;: no profiles are saved (Stepwise Studio saves them in its Connections panel)</source>
        <translation>Aucun profil de connexion nommé &apos;%1&apos; : aucun profil n&apos;est enregistré (Stepwise Studio les enregistre dans son panneau Connexions)</translation>
    </message>
    <message>
        <source>No connection profile named &apos;%1&apos;; known profiles: %2</source>
        <translation>Aucun profil de connexion nommé &apos;%1&apos; ; profils connus : %2</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in the %1 of the connection URL</source>
        <translation>Encodage pourcent invalide dans le champ %1 de l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>The connection URL has no scheme: expected a form such as postgresql://user@host/database or sqlite:///file.db</source>
        <translation>L&apos;URL de connexion n&apos;a pas de schéma : forme attendue, p. ex. postgresql://user@host/database ou sqlite:///file.db</translation>
    </message>
    <message>
        <source>Unknown database scheme &apos;%1&apos; in the connection URL (expected sqlite, postgresql, mysql, mariadb or odbc)</source>
        <translation>Schéma de base de données inconnu &apos;%1&apos; dans l&apos;URL de connexion (attendu : sqlite, postgresql, mysql, mariadb ou odbc)</translation>
    </message>
    <message>
        <source>SQLite connection URLs have no host (&apos;%1&apos;): write sqlite:///relative.db or sqlite:////absolute/path.db</source>
        <translation>Les URL de connexion SQLite n&apos;ont pas d&apos;hôte (&apos;%1&apos;) : écrivez sqlite:///relative.db ou sqlite:////absolute/path.db</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>ODBC connection URLs name a DSN and no database: odbc://user@DSN, not &apos;/%1&apos;</source>
        <translation>Les URL de connexion ODBC nomment un DSN et pas de base de données : odbc://user@DSN, pas &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>The ODBC connection URL names no DSN: write odbc://DSN</source>
        <translation>L&apos;URL de connexion ODBC ne nomme aucun DSN : écrivez odbc://DSN</translation>
    </message>
    <message>
        <source>ODBC connection URLs have no port: write odbc://DSN</source>
        <translation>Les URL de connexion ODBC n&apos;ont pas de port : écrivez odbc://DSN</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Unterminated IPv6 address &apos;%1&apos; in the connection URL</source>
        <translation>Adresse IPv6 non terminée &apos;%1&apos; dans l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; after the host in the connection URL</source>
        <translation>&apos;%1&apos; inattendu après l&apos;hôte dans l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>Empty port in the connection URL</source>
        <translation>Port vide dans l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>Invalid port &apos;%1&apos; in the connection URL</source>
        <translation>Port invalide &apos;%1&apos; dans l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>Invalid host &apos;%1&apos; in the connection URL</source>
        <translation>Hôte invalide &apos;%1&apos; dans l&apos;URL de connexion</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; in the connection URL has no value</source>
        <translation>L&apos;option &apos;%1&apos; de l&apos;URL de connexion n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>Cannot read the database file %1</source>
        <translation>Impossible de lire le fichier de base de données %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>No database URL given</source>
        <translation>Aucune URL de base de données fournie</translation>
    </message>
    <message>
        <source>No password given for %1</source>
        <translation>Aucun mot de passe fourni pour %1</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed</source>
        <translation>Le pilote Qt SQL %1 pour %2 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>Cannot read the server version</source>
        <translation>Impossible de lire la version du serveur</translation>
    </message>
    <message>
        <source>Unsupported option &apos;%1&apos; in the %2 connection URL</source>
        <translation>Option non prise en charge &apos;%1&apos; dans l&apos;URL de connexion %2</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for option &apos;%2&apos; in the %3 connection URL</source>
        <translation>Valeur invalide &apos;%1&apos; pour l&apos;option &apos;%2&apos; dans l&apos;URL de connexion %3</translation>
    </message>
    <message>
        <source>session %1 (%2, %3</source>
        <translation>session %1 (%2, %3</translation>
    </message>
    <message>
        <source>transaction open since %1 UTC</source>
        <translation>transaction ouverte depuis %1 UTC</translation>
    </message>
    <message>
        <source>last statement: %1</source>
        <translation>dernière instruction : %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>user %1, application &apos;%2&apos;</source>
        <translation>utilisateur %1, application &apos;%2&apos;</translation>
    </message>
    <message>
        <source>user %1 from %2</source>
        <translation>utilisateur %1 depuis %2</translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 depuis %2 s</translation>
    </message>
    <message>
        <source>Cannot set the run&apos;s lock and statement timeouts</source>
        <translation>Impossible de définir les délais de verrou et d&apos;instruction de l&apos;exécution</translation>
    </message>
    <message>
        <source>Python &apos;%1&apos; (from --python or STEPWISE_PYTHON) is not an executable program</source>
        <translation>Python &apos;%1&apos; (de --python ou STEPWISE_PYTHON) n&apos;est pas un programme exécutable</translation>
    </message>
    <message>
        <source>No Python found to run this Alembic project: set --python or STEPWISE_PYTHON, activate its virtual environment, or create .venv in the project</source>
        <translation>Aucun Python trouvé pour exécuter ce projet Alembic : définissez --python ou STEPWISE_PYTHON, activez son environnement virtuel, ou créez .venv dans le projet</translation>
    </message>
    <message>
        <source>stepwise_alembic_driver.py is not installed beside stepwise (set STEPWISE_ALEMBIC_DRIVER to its path)</source>
        <translation>stepwise_alembic_driver.py n&apos;est pas installé à côté de stepwise (définissez STEPWISE_ALEMBIC_DRIVER avec son chemin)</translation>
    </message>
    <message>
        <source>Cannot start Python &apos;%1&apos;: %2</source>
        <translation>Impossible de lancer Python &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>%1 (Python %2): %3</source>
        <translation>%1 (Python %2) : %3</translation>
    </message>
    <message>
        <source>The Alembic driver did not start: %1</source>
        <translation>Le pilote Alembic n&apos;a pas démarré : %1</translation>
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
        <translation>Impossible de communiquer avec le pilote Alembic (Python %1) : %2</translation>
    </message>
    <message>
        <source>The Alembic driver (Python %1) ended unexpectedly (exit code %2)</source>
        <translation>Le pilote Alembic (Python %1) s&apos;est arrêté de façon inattendue (code de sortie %2)</translation>
    </message>
    <message>
        <source>The Alembic driver (Python %1) said nothing for %2 s</source>
        <translation>Le pilote Alembic (Python %1) n&apos;a rien dit pendant %2 s</translation>
    </message>
    <message>
        <source>The Alembic driver wrote something that is not its protocol: %1</source>
        <translation>Le pilote Alembic a écrit quelque chose qui ne suit pas son protocole : %1</translation>
    </message>
    <message>
        <source>Alembic failed: %1: %2</source>
        <translation>Échec d&apos;Alembic : %1 : %2</translation>
    </message>
    <message>
        <source>env.py connects to %1, not to the selected database %2: nothing was run. Point the project&apos;s configuration (for a Flask app, e.g. DATABASE_URL) at the selected database, or select that one</source>
        <translation>env.py se connecte à %1, et non à la base sélectionnée %2 : rien n&apos;a été exécuté. Faites pointer la configuration du projet (pour une application Flask, p. ex. DATABASE_URL) vers la base sélectionnée, ou sélectionnez celle-là</translation>
    </message>
    <message>
        <source>env.py cannot render offline SQL (%1)</source>
        <translation>env.py ne peut pas produire de SQL hors ligne (%1)</translation>
    </message>
    <message>
        <source>-- %1.
-- The revisions run only against a live connection; the plan:
</source>
        <translation>-- %1.
-- Les révisions ne s&apos;exécutent que sur une connexion active ; le plan :
</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be rendered offline (%3)</source>
        <translation>%1 (%2) ne peut pas être produit hors ligne (%3)</translation>
    </message>
    <message>
        <source>-- %1.
-- It runs only against a live connection; the steps from here on:
</source>
        <translation>-- %1.
-- Elle ne s&apos;exécute que sur une connexion active ; les étapes à partir d&apos;ici :
</translation>
    </message>
    <message>
        <source>The Alembic driver started %1, which is not the next planned step</source>
        <translation>Le pilote Alembic a lancé %1, qui n&apos;est pas la prochaine étape prévue</translation>
    </message>
    <message>
        <source>After revision %1 the heads table holds (%2), not the planned (%3): the run stops here</source>
        <translation>Après la révision %1, la table des têtes contient (%2), et non (%3) comme prévu : l&apos;exécution s&apos;arrête ici</translation>
    </message>
    <message>
        <source>env.py failed before any revision ran: %1: %2</source>
        <translation>env.py a échoué avant l&apos;exécution de toute révision : %1 : %2</translation>
    </message>
    <message>
        <source>%1 of revision %2 failed: %3</source>
        <translation>%1 de la révision %2 a échoué : %3</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>mise à niveau</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>rétrogradation</translation>
    </message>
    <message>
        <source>The database commits each DDL statement: %1 statement(s) of the revision ran before the failure and stayed applied.</source>
        <translation>La base de données valide chaque instruction DDL : %1 instruction(s) de la révision se sont exécutées avant l&apos;échec et restent appliquées.</translation>
    </message>
    <message>
        <source>[database] shadow_url: %1</source>
        <translation>[database] shadow_url : %1</translation>
    </message>
    <message>
        <source>while building the migrated schema in the shadow database</source>
        <translation>lors de la construction du schéma migré dans la base fantôme</translation>
    </message>
    <message>
        <source>--against: %1</source>
        <translation>--against : %1</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos; in the project</source>
        <translation>Dialecte inconnu &apos;%1&apos; dans le projet</translation>
    </message>
    <message>
        <source>The project is written for %1 and --against names a %2 database</source>
        <translation>Le projet est écrit pour %1 et --against désigne une base %2</translation>
    </message>
    <message>
        <source>Autogenerate is not supported on %1</source>
        <translation>La génération automatique n&apos;est pas prise en charge sur %1</translation>
    </message>
    <message>
        <source>Cannot connect to --against %1: %2</source>
        <translation>Impossible de se connecter à --against %1 : %2</translation>
    </message>
    <message>
        <source>Cannot take the migration lock</source>
        <translation>Impossible de prendre le verrou de migration</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>une autre session</translation>
    </message>
    <message>
        <source>session %1 (user %2 from %3, since %4 UTC)</source>
        <translation>session %1 (utilisateur %2 depuis %3, depuis %4 UTC)</translation>
    </message>
    <message>
        <source>Cannot set the lock timeout</source>
        <translation>Impossible de définir le délai de verrou</translation>
    </message>
    <message>
        <source>Stopped waiting for the migration lock held by %1</source>
        <translation>Attente abandonnée du verrou de migration détenu par %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the migration lock held by %2</source>
        <translation>Délai dépassé après %1 s d&apos;attente du verrou de migration détenu par %2</translation>
    </message>
    <message>
        <source>Cannot release the migration lock</source>
        <translation>Impossible de libérer le verrou de migration</translation>
    </message>
    <message numerus="yes">
        <source>~%1 row(s)</source>
        <translation>
            <numerusform>~%1 ligne</numerusform>
            <numerusform>~%1 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no row violates it now</source>
        <translation>aucune ligne ne l&apos;enfreint actuellement</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) hold NULL in %2.%3</source>
        <translation>
            <numerusform>%1 ligne contient NULL dans %2.%3</numerusform>
            <numerusform>%1 lignes contiennent NULL dans %2.%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) of %2 share a value of %3 or hold NULL in it</source>
        <translation>
            <numerusform>%1 ligne de %2 partage une valeur de %3 ou y contient NULL</numerusform>
            <numerusform>%1 lignes de %2 partagent une valeur de %3 ou y contiennent NULL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) of %2 share a value of %3</source>
        <translation>
            <numerusform>%1 ligne de %2 partage une valeur de %3</numerusform>
            <numerusform>%1 lignes de %2 partagent une valeur de %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) fail the check</source>
        <translation>
            <numerusform>%1 ligne échoue à la vérification</numerusform>
            <numerusform>%1 lignes échouent à la vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) have no parent in %2</source>
        <translation>
            <numerusform>%1 ligne n&apos;a pas de parent dans %2</numerusform>
            <numerusform>%1 lignes n&apos;ont pas de parent dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 existing row(s) get 0, &apos;&apos; or a zero date</source>
        <translation>
            <numerusform>%1 ligne existante reçoit 0, &apos;&apos; ou une date zéro</numerusform>
            <numerusform>%1 lignes existantes reçoivent 0, &apos;&apos; ou une date zéro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 row(s): adding the column fails</source>
        <translation>
            <numerusform>%1 a %2 ligne : l&apos;ajout de la colonne échoue</numerusform>
            <numerusform>%1 a %2 lignes : l&apos;ajout de la colonne échoue</numerusform>
        </translation>
    </message>
    <message>
        <source>was interrupted after %1 statement(s)</source>
        <translation>a été interrompue après %1 instruction(s)</translation>
    </message>
    <message>
        <source>failed after %1 statement(s)</source>
        <translation>a échoué après %1 instruction(s)</translation>
    </message>
    <message>
        <source>Revision %1 %2 that stayed applied (%3). A Python revision cannot be resumed half way: undo or finish those statements by hand, then record the real state with `stepwise stamp`.</source>
        <translation>La révision %1 %2 restées appliquées (%3). Une révision Python ne peut pas être reprise à mi-chemin : annulez ou terminez ces instructions à la main, puis enregistrez l&apos;état réel avec `stepwise stamp`.</translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation>aucune erreur enregistrée</translation>
    </message>
    <message>
        <source>Revision %1 %2 and is half-applied (%3). Fix the file and run `stepwise upgrade --resume` to run the remaining statements, or record the real state with `stepwise stamp`.</source>
        <translation>La révision %1 %2 et est appliquée à moitié (%3). Corrigez le fichier et lancez `stepwise upgrade --resume` pour exécuter les instructions restantes, ou enregistrez l&apos;état réel avec `stepwise stamp`.</translation>
    </message>
    <message>
        <source>(--resume continues only that step, and this command starts with another one.)</source>
        <translation>(--resume ne poursuit que cette étape, et cette commande commence par une autre.)</translation>
    </message>
    <message>
        <source>another connection writing to the database file</source>
        <translation>une autre connexion qui écrit dans le fichier de base de données</translation>
    </message>
    <message>
        <source>Cannot create the run&apos;s lock file %1</source>
        <translation>Impossible de créer le fichier de verrou de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>another run on this database file (%1, process %2 on %3)</source>
        <translation>une autre exécution sur ce fichier de base de données (%1, processus %2 sur %3)</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the migration lock</source>
        <translation>Annulé pendant l&apos;attente du verrou de migration</translation>
    </message>
    <message>
        <source>The database changed while the run was starting; run it again</source>
        <translation>La base de données a changé pendant le démarrage de l&apos;exécution ; relancez-la</translation>
    </message>
    <message>
        <source>Revision %1 is a Python (Alembic) revision: its SQL is only known when Alembic runs it, so it is not checked</source>
        <translation>La révision %1 est une révision Python (Alembic) : son SQL n&apos;est connu que lorsqu&apos;Alembic l&apos;exécute, elle n&apos;est donc pas vérifiée</translation>
    </message>
    <message>
        <source>%1 has no &quot;-- migrate:up&quot; section</source>
        <translation>%1 n&apos;a pas de section &quot;-- migrate:up&quot;</translation>
    </message>
    <message>
        <source>Revision %1 is not in the project</source>
        <translation>La révision %1 n&apos;est pas dans le projet</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the plan has %n error-level safety finding(s); nothing ran.</source>
        <translation>
            <numerusform>Refusé : le plan a %n constat de sécurité de niveau erreur ; rien n&apos;a été exécuté.</numerusform>
            <numerusform>Refusé : le plan a %n constats de sécurité de niveau erreur ; rien n&apos;a été exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the revision safe (stepwise lint -v explains each finding), suppress a finding with a &quot;-- stepwise:ignore CODE reason&quot; comment, or run anyway with --allow %1</source>
        <translation>Rendez la révision sûre (stepwise lint -v explique chaque constat), masquez un constat avec un commentaire &quot;-- stepwise:ignore CODE raison&quot;, ou exécutez quand même avec --allow %1</translation>
    </message>
    <message>
        <source>--allow: %1 is not a check&apos;s code (see stepwise lint --rules)</source>
        <translation>--allow : %1 n&apos;est pas un code de contrôle (voir stepwise lint --rules)</translation>
    </message>
    <message>
        <source>(not recorded in the history: %1)</source>
        <translation>(non enregistré dans l&apos;historique : %1)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 of %2 statements ran and stay applied. Fix the file and run `stepwise upgrade --resume` to run the rest, or record the state by hand with `stepwise stamp`.</source>
        <translation>%1 instructions sur %2 se sont exécutées et restent appliquées. Corrigez le fichier et lancez `stepwise upgrade --resume` pour exécuter le reste, ou enregistrez l&apos;état à la main avec `stepwise stamp`.</translation>
    </message>
    <message>
        <source>set autocommit</source>
        <translation>activer l&apos;autocommit</translation>
    </message>
    <message>
        <source>reconnect</source>
        <translation>se reconnecter</translation>
    </message>
    <message>
        <source>(gave up after waiting %1 s for a lock; no session holding one was found)</source>
        <translation>(abandon après %1 s d&apos;attente d&apos;un verrou ; aucune session le détenant n&apos;a été trouvée)</translation>
    </message>
    <message>
        <source>(gave up after waiting %1 s for a lock held by %2)</source>
        <translation>(abandon après %1 s d&apos;attente d&apos;un verrou détenu par %2)</translation>
    </message>
    <message>
        <source>begin transaction</source>
        <translation>démarrer la transaction</translation>
    </message>
    <message>
        <source>set the lock timeout</source>
        <translation>définir le délai de verrou</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>valider</translation>
    </message>
    <message>
        <source>Schema drift is not checked on %1</source>
        <translation>La dérive de schéma n&apos;est pas vérifiée sur %1</translation>
    </message>
    <message>
        <source>The shadow database is the database being checked: name another one</source>
        <translation>La base fantôme est la base vérifiée : indiquez-en une autre</translation>
    </message>
    <message>
        <source>Revision %1 is a Python (Alembic) revision: running Python revisions is not supported yet; use alembic for upgrade and downgrade, or stepwise stamp</source>
        <translation>La révision %1 est une révision Python (Alembic) : l&apos;exécution des révisions Python n&apos;est pas encore prise en charge ; utilisez alembic pour upgrade et downgrade, ou stepwise stamp</translation>
    </message>
    <message>
        <source>Revision %1 has no down section: it is irreversible, so the downgrade stops before running anything</source>
        <translation>La révision %1 n&apos;a pas de section down : elle est irréversible, la rétrogradation s&apos;arrête donc avant toute exécution</translation>
    </message>
    <message>
        <source>Revision %1 has an empty down section: downgrading through it would record it as undone while its changes stay in the database. Add the statements that undo it, or confirm with --allow-empty-down</source>
        <translation>La révision %1 a une section down vide : la traverser en rétrogradation l&apos;enregistrerait comme annulée alors que ses changements restent dans la base. Ajoutez les instructions qui l&apos;annulent, ou confirmez avec --allow-empty-down</translation>
    </message>
    <message>
        <source>Cannot look up table %1</source>
        <translation>Impossible de rechercher la table %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>%1 has format version %2; this Stepwise knows up to %3: upgrade Stepwise</source>
        <translation>%1 a la version de format %2 ; ce Stepwise connaît jusqu&apos;à %3 : mettez Stepwise à niveau</translation>
    </message>
    <message>
        <source>%1 is not a history table Stepwise knows: it has no column %2</source>
        <translation>%1 n&apos;est pas une table d&apos;historique connue de Stepwise : elle n&apos;a pas de colonne %2</translation>
    </message>
    <message>
        <source>Cannot read the format of %1</source>
        <translation>Impossible de lire le format de %1</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from format %2 to %3</source>
        <translation>Impossible de mettre %1 à niveau du format %2 vers %3</translation>
    </message>
    <message>
        <source>Cannot record revision %1 in %2</source>
        <translation>Impossible d&apos;enregistrer la révision %1 dans %2</translation>
    </message>
    <message>
        <source>Cannot update revision %1 to %2 in %3</source>
        <translation>Impossible de mettre à jour la révision %1 en %2 dans %3</translation>
    </message>
    <message>
        <source>Cannot delete revision %1 from %2</source>
        <translation>Impossible de supprimer la révision %1 de %2</translation>
    </message>
    <message>
        <source>Cannot empty %1</source>
        <translation>Impossible de vider %1</translation>
    </message>
    <message>
        <source>Cannot record the history of revision %1 in %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique de la révision %1 dans %2</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>Impossible de mettre à jour %1</translation>
    </message>
    <message>
        <source>History row %1 is missing from %2</source>
        <translation>La ligne d&apos;historique %1 manque dans %2</translation>
    </message>
    <message>
        <source>Exactly one target revision is needed</source>
        <translation>Une seule révision cible est requise</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>Commande inconnue</translation>
    </message>
    <message>
        <source>The revision graph has errors</source>
        <translation>Le graphe des révisions comporte des erreurs</translation>
    </message>
    <message>
        <source>Revision %1 is present more than once; also declared in %2</source>
        <translation>La révision %1 est présente plusieurs fois ; également déclarée dans %2</translation>
    </message>
    <message>
        <source>Revision %1 is declared in %2 and in %3</source>
        <translation>La révision %1 est déclarée dans %2 et dans %3</translation>
    </message>
    <message>
        <source>Empty revision identifier</source>
        <translation>Identifiant de révision vide</translation>
    </message>
    <message>
        <source>Revision identifier &apos;%1&apos; is a reserved word</source>
        <translation>L&apos;identifiant de révision &apos;%1&apos; est un mot réservé</translation>
    </message>
    <message>
        <source>Revision identifier &apos;%1&apos; is longer than %2 characters, the size of the version column</source>
        <translation>L&apos;identifiant de révision &apos;%1&apos; dépasse %2 caractères, la taille de la colonne de version</translation>
    </message>
    <message>
        <source>Branch label &apos;%1&apos; of revision %2 may not be empty or contain &apos;@&apos;, &apos;:&apos;, &apos;+&apos;, &apos;-&apos;, spaces or commas</source>
        <translation>L&apos;étiquette de branche &apos;%1&apos; de la révision %2 ne peut pas être vide ni contenir &apos;@&apos;, &apos;:&apos;, &apos;+&apos;, &apos;-&apos;, des espaces ou des virgules</translation>
    </message>
    <message>
        <source>Empty revision identifier in down_revision of %1</source>
        <translation>Identifiant de révision vide dans down_revision de %1</translation>
    </message>
    <message>
        <source>Empty revision identifier in depends_on of %1</source>
        <translation>Identifiant de révision vide dans depends_on de %1</translation>
    </message>
    <message>
        <source>Stamp targets %1 conflict; stamp them one at a time</source>
        <translation>Les cibles de marquage %1 sont en conflit ; marquez-les une à une</translation>
    </message>
    <message>
        <source>The version table lists revision %1 more than once</source>
        <translation>La table des versions liste la révision %1 plusieurs fois</translation>
    </message>
    <message>
        <source>stepwise:ignore after the section&apos;s last statement applies to nothing: put it before its statement or at the end of its line</source>
        <translation>stepwise:ignore après la dernière instruction de la section ne s&apos;applique à rien : placez-le avant son instruction ou en fin de sa ligne</translation>
    </message>
    <message>
        <source>stepwise:ignore names no rule code (such as SW201)</source>
        <translation>stepwise:ignore ne nomme aucun code de règle (tel que SW201)</translation>
    </message>
    <message>
        <source>stepwise:ignore names %1, which is not a rule code</source>
        <translation>stepwise:ignore nomme %1, qui n&apos;est pas un code de règle</translation>
    </message>
    <message>
        <source>stepwise:ignore %1 gives no reason</source>
        <translation>stepwise:ignore %1 ne donne pas de raison</translation>
    </message>
    <message>
        <source>stepwise:ignore %1 suppresses nothing: the statement has no %1 finding</source>
        <translation>stepwise:ignore %1 ne masque rien : l&apos;instruction n&apos;a pas de constat %1</translation>
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation>masqué : %1</translation>
    </message>
    <message>
        <source>%1 is NOT NULL without a DEFAULT: existing rows get 0, &apos;&apos; or a zero date</source>
        <translation>%1 est NOT NULL sans DEFAULT : les lignes existantes reçoivent 0, &apos;&apos; ou une date zéro</translation>
    </message>
    <message>
        <source>%1 is NOT NULL without a DEFAULT: adding it fails when %2 has rows</source>
        <translation>%1 est NOT NULL sans DEFAULT : son ajout échoue si %2 a des lignes</translation>
    </message>
    <message>
        <source>the unique index %1 cannot be built if %2 holds duplicates</source>
        <translation>l&apos;index unique %1 ne peut pas être construit si %2 contient des doublons</translation>
    </message>
    <message>
        <source>the PRIMARY KEY cannot be added if %1 holds duplicates or NULLs</source>
        <translation>la PRIMARY KEY ne peut pas être ajoutée si %1 contient des doublons ou des NULL</translation>
    </message>
    <message>
        <source>the UNIQUE constraint cannot be added if %1 holds duplicates</source>
        <translation>la contrainte UNIQUE ne peut pas être ajoutée si %1 contient des doublons</translation>
    </message>
    <message>
        <source>making %1 NOT NULL fails if a row holds NULL in it</source>
        <translation>rendre %1 NOT NULL échoue si une ligne y contient NULL</translation>
    </message>
    <message>
        <source>converting %1 from %2 to %3 fails on values that do not convert</source>
        <translation>convertir %1 de %2 en %3 échoue sur les valeurs non convertibles</translation>
    </message>
    <message>
        <source>converting %1 to %2 fails on values that do not convert (the revision does not say its old type)</source>
        <translation>convertir %1 en %2 échoue sur les valeurs non convertibles (la révision n&apos;indique pas son ancien type)</translation>
    </message>
    <message>
        <source>the CHECK constraint %1 cannot be added if a row of %2 fails it</source>
        <translation>la contrainte CHECK %1 ne peut pas être ajoutée si une ligne de %2 ne la respecte pas</translation>
    </message>
    <message>
        <source>the FOREIGN KEY %1 cannot be added if a row of %2 has no parent row</source>
        <translation>la FOREIGN KEY %1 ne peut pas être ajoutée si une ligne de %2 n&apos;a pas de ligne parente</translation>
    </message>
    <message>
        <source>DROP TABLE %1 deletes the table and all its rows</source>
        <translation>DROP TABLE %1 supprime la table et toutes ses lignes</translation>
    </message>
    <message>
        <source>DROP COLUMN %1 deletes its value in every row</source>
        <translation>DROP COLUMN %1 efface sa valeur dans chaque ligne</translation>
    </message>
    <message>
        <source>DROP %1 %2 deletes everything in it</source>
        <translation>DROP %1 %2 supprime tout ce qu&apos;il contient</translation>
    </message>
    <message>
        <source>TRUNCATE %1 CASCADE deletes every row of it and of the tables that reference it</source>
        <translation>TRUNCATE %1 CASCADE supprime toutes ses lignes et celles des tables qui la référencent</translation>
    </message>
    <message>
        <source>TRUNCATE %1 deletes every row</source>
        <translation>TRUNCATE %1 supprime toutes les lignes</translation>
    </message>
    <message>
        <source>DROP %1 %2 breaks the clients that read it</source>
        <translation>DROP %1 %2 casse les clients qui le lisent</translation>
    </message>
    <message>
        <source>DROP INDEX %1: queries that used it fall back to scans</source>
        <translation>DROP INDEX %1 : les requêtes qui l&apos;utilisaient repassent à des parcours complets</translation>
    </message>
    <message>
        <source>DROP INDEX %1 on %2: queries that used it fall back to scans</source>
        <translation>DROP INDEX %1 sur %2 : les requêtes qui l&apos;utilisaient repassent à des parcours complets</translation>
    </message>
    <message>
        <source>dropping %1 of %2 stops the database enforcing it</source>
        <translation>supprimer %1 de %2 fait que la base cesse de l&apos;appliquer</translation>
    </message>
    <message>
        <source>DROP %1 %2 CASCADE drops the columns that use it</source>
        <translation>DROP %1 %2 CASCADE supprime les colonnes qui l&apos;utilisent</translation>
    </message>
    <message>
        <source>DROP %1 %2 fails while columns use it, and breaks clients that name it</source>
        <translation>DROP %1 %2 échoue tant que des colonnes l&apos;utilisent, et casse les clients qui le nomment</translation>
    </message>
    <message>
        <source>%1 %2 is dropped: whatever relies on it stops working</source>
        <translation>%1 %2 est supprimé : tout ce qui en dépend cesse de fonctionner</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3, which cannot hold every old value</source>
        <translation>%1 passe de %2 à %3, qui ne peut pas contenir toutes les anciennes valeurs</translation>
    </message>
    <message>
        <source>renaming table %1 to %2 breaks clients that use the old name</source>
        <translation>renommer la table %1 en %2 casse les clients qui utilisent l&apos;ancien nom</translation>
    </message>
    <message>
        <source>renaming column %1 to %2 breaks clients that use the old name</source>
        <translation>renommer la colonne %1 en %2 casse les clients qui utilisent l&apos;ancien nom</translation>
    </message>
    <message>
        <source>moving table %1 to schema %2</source>
        <translation>déplacer la table %1 vers le schéma %2</translation>
    </message>
    <message>
        <source>renaming constraint %1</source>
        <translation>renommer la contrainte %1</translation>
    </message>
    <message>
        <source>renaming index %1</source>
        <translation>renommer l&apos;index %1</translation>
    </message>
    <message>
        <source>renaming %1 %2</source>
        <translation>renommer %1 %2</translation>
    </message>
    <message>
        <source>moving %1 %2 to schema %3</source>
        <translation>déplacer %1 %2 vers le schéma %3</translation>
    </message>
    <message>
        <source>renaming a value of %1</source>
        <translation>renommer une valeur de %1</translation>
    </message>
    <message>
        <source>%1 breaks what refers to it by name</source>
        <translation>%1 casse ce qui y fait référence par son nom</translation>
    </message>
    <message>
        <source>%1 may hold NULL from now on: readers that assume a value break</source>
        <translation>%1 peut désormais contenir NULL : les lecteurs qui supposent une valeur cassent</translation>
    </message>
    <message>
        <source>%1 loses its default: inserts that leave it out no longer get a value</source>
        <translation>%1 perd sa valeur par défaut : les insertions qui l&apos;omettent n&apos;obtiennent plus de valeur</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>the down section does not drop %1 %2, which this statement creates</source>
        <translation>la section down ne supprime pas %1 %2, que cette instruction crée</translation>
    </message>
    <message>
        <source>the down section does not create %1 %2 again, which this statement drops</source>
        <translation>la section down ne recrée pas %1 %2, que cette instruction supprime</translation>
    </message>
    <message>
        <source>the down section does not rename %1 %2 back</source>
        <translation>la section down ne renomme pas %1 %2 en sens inverse</translation>
    </message>
    <message>
        <source>the down section does not change %1 %2 back</source>
        <translation>la section down ne rétablit pas %1 %2</translation>
    </message>
    <message>
        <source>the revision has no down section: it cannot be downgraded</source>
        <translation>la révision n&apos;a pas de section down : elle ne peut pas être rétrogradée</translation>
    </message>
    <message>
        <source>the down section is empty: a downgrade would leave these changes in place</source>
        <translation>la section down est vide : une rétrogradation laisserait ces changements en place</translation>
    </message>
    <message numerus="yes">
        <source>this statement may fail on the data, and this section is not one transaction: %n statement(s) after it would not run</source>
        <translation>
            <numerusform>cette instruction peut échouer à cause des données, et cette section n&apos;est pas une transaction unique : %n instruction suivante ne s&apos;exécuterait pas</numerusform>
            <numerusform>cette instruction peut échouer à cause des données, et cette section n&apos;est pas une transaction unique : %n instructions suivantes ne s&apos;exécuteraient pas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inside a section Stepwise runs in its own transaction</source>
        <translation>%1 dans une section que Stepwise exécute dans sa propre transaction</translation>
    </message>
    <message>
        <source>this BEGIN is not committed before the section ends</source>
        <translation>ce BEGIN n&apos;est pas validé avant la fin de la section</translation>
    </message>
    <message>
        <source>MySQL ignores the REFERENCES clause on column %1: no foreign key is created</source>
        <translation>MySQL ignore la clause REFERENCES sur la colonne %1 : aucune clé étrangère n&apos;est créée</translation>
    </message>
    <message>
        <source>the value added to %1 cannot be used before this transaction commits</source>
        <translation>la valeur ajoutée à %1 ne peut pas être utilisée avant la validation de cette transaction</translation>
    </message>
    <message>
        <source>if this build fails, %1 stays behind INVALID and a resumed run fails on it: drop it IF EXISTS first</source>
        <translation>si cette construction échoue, %1 reste en état INVALID et une reprise échoue dessus : supprimez-le d&apos;abord avec IF EXISTS</translation>
    </message>
    <message>
        <source>if this build fails, its unnamed INVALID index stays behind: name the index and drop it IF EXISTS first</source>
        <translation>si cette construction échoue, son index INVALID sans nom reste : nommez l&apos;index et supprimez-le d&apos;abord avec IF EXISTS</translation>
    </message>
    <message>
        <source>the name %1 is %2 bytes long: PostgreSQL keeps the first 63</source>
        <translation>le nom %1 fait %2 octets : PostgreSQL garde les 63 premiers</translation>
    </message>
    <message>
        <source>the name %1 is %2 characters long: MySQL refuses more than 64</source>
        <translation>le nom %1 fait %2 caractères : MySQL refuse au-delà de 64</translation>
    </message>
    <message>
        <source>CREATE INDEX %1 blocks writes to %2 while it builds</source>
        <translation>CREATE INDEX %1 bloque les écritures dans %2 pendant sa construction</translation>
    </message>
    <message>
        <source>DROP INDEX %1 locks its table exclusively: queries queue behind it</source>
        <translation>DROP INDEX %1 verrouille sa table en exclusif : les requêtes font la queue derrière</translation>
    </message>
    <message>
        <source>after the section&apos;s BEGIN</source>
        <translation>après le BEGIN de la section</translation>
    </message>
    <message>
        <source>and Stepwise runs this section in a transaction</source>
        <translation>et Stepwise exécute cette section dans une transaction</translation>
    </message>
    <message>
        <source>%1 CONCURRENTLY cannot run inside a transaction block, %2</source>
        <translation>%1 CONCURRENTLY ne peut pas s&apos;exécuter dans un bloc de transaction, %2</translation>
    </message>
    <message>
        <source>DETACH PARTITION CONCURRENTLY cannot run inside a transaction block, %1</source>
        <translation>DETACH PARTITION CONCURRENTLY ne peut pas s&apos;exécuter dans un bloc de transaction, %1</translation>
    </message>
    <message>
        <source>adding %1 %2 checks every row of %3 while blocking writes</source>
        <translation>ajouter %1 %2 vérifie chaque ligne de %3 en bloquant les écritures</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1 scans %2 under an ACCESS EXCLUSIVE lock</source>
        <translation>SET NOT NULL sur %1 parcourt %2 sous un verrou ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>changing %1 to %2 rewrites %3 under an ACCESS EXCLUSIVE lock</source>
        <translation>passer %1 en %2 réécrit %3 sous un verrou ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>a serial column fills every row from its sequence</source>
        <translation>une colonne serial remplit chaque ligne depuis sa séquence</translation>
    </message>
    <message>
        <source>an identity column fills every row</source>
        <translation>une colonne d&apos;identité remplit chaque ligne</translation>
    </message>
    <message>
        <source>a stored generated column is computed for every row</source>
        <translation>une colonne générée stockée est calculée pour chaque ligne</translation>
    </message>
    <message>
        <source>its DEFAULT calls %1(), which may give each row another value</source>
        <translation>son DEFAULT appelle %1(), qui peut donner une autre valeur à chaque ligne</translation>
    </message>
    <message>
        <source>adding %1 rewrites %2 under an ACCESS EXCLUSIVE lock: %3</source>
        <translation>ajouter %1 réécrit %2 sous un verrou ACCESS EXCLUSIVE : %3</translation>
    </message>
    <message>
        <source>%1 builds its index on %2 while holding an ACCESS EXCLUSIVE lock</source>
        <translation>%1 construit son index sur %2 en tenant un verrou ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>no short %1 before this statement: while it waits for its lock on %2, every query on %2 waits behind it</source>
        <translation>pas de %1 court avant cette instruction : pendant qu&apos;elle attend son verrou sur %2, toute requête sur %2 attend derrière elle</translation>
    </message>
    <message>
        <source>a FULLTEXT or SPATIAL index blocks writes to %1 while it builds</source>
        <translation>un index FULLTEXT ou SPATIAL bloque les écritures dans %1 pendant sa construction</translation>
    </message>
    <message>
        <source>ALGORITHM=COPY copies %1 while writes wait</source>
        <translation>ALGORITHM=COPY copie %1 pendant que les écritures attendent</translation>
    </message>
    <message>
        <source>changing the type of %1 copies the table</source>
        <translation>changer le type de %1 copie la table</translation>
    </message>
    <message>
        <source>%1 is redefined as %2: if its type changes, the table is copied</source>
        <translation>%1 est redéfini en %2 : si son type change, la table est copiée</translation>
    </message>
    <message>
        <source>adding a PRIMARY KEY rebuilds the table</source>
        <translation>ajouter une PRIMARY KEY reconstruit la table</translation>
    </message>
    <message>
        <source>dropping the PRIMARY KEY without adding another copies the table</source>
        <translation>supprimer la PRIMARY KEY sans en ajouter une autre copie la table</translation>
    </message>
    <message>
        <source>a FULLTEXT or SPATIAL index blocks writes while it builds</source>
        <translation>un index FULLTEXT ou SPATIAL bloque les écritures pendant sa construction</translation>
    </message>
    <message>
        <source>adding a FOREIGN KEY copies the table while foreign_key_checks is on</source>
        <translation>ajouter une FOREIGN KEY copie la table tant que foreign_key_checks est actif</translation>
    </message>
    <message>
        <source>converting the character set copies the table</source>
        <translation>convertir le jeu de caractères copie la table</translation>
    </message>
    <message>
        <source>ENGINE= and FORCE rebuild the table</source>
        <translation>ENGINE= et FORCE reconstruisent la table</translation>
    </message>
    <message>
        <source>adding an AUTO_INCREMENT column blocks writes while the table is rebuilt</source>
        <translation>ajouter une colonne AUTO_INCREMENT bloque les écritures pendant la reconstruction de la table</translation>
    </message>
    <message>
        <source>adding a STORED generated column copies the table</source>
        <translation>ajouter une colonne générée STORED copie la table</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the values of %1 are removed, reordered or inserted before the end: the table is copied</source>
        <translation>les valeurs de %1 sont retirées, réordonnées ou insérées avant la fin : la table est copiée</translation>
    </message>
    <message>
        <source>%1 grows past its storage size: the table is copied</source>
        <translation>%1 dépasse sa taille de stockage : la table est copiée</translation>
    </message>
    <message>
        <source>%1 is rebuilt by copying its rows into a new table, holding the database&apos;s write lock for the whole copy</source>
        <translation>%1 est reconstruite en copiant ses lignes dans une nouvelle table, en tenant le verrou d&apos;écriture de la base pendant toute la copie</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys = %1 does nothing inside a transaction: foreign keys stay enforced</source>
        <translation>PRAGMA foreign_keys = %1 n&apos;a aucun effet dans une transaction : les clés étrangères restent appliquées</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>toutes les tables</translation>
    </message>
    <message>
        <source>%1 rewrites %2 under an ACCESS EXCLUSIVE lock</source>
        <translation>%1 réécrit %2 sous un verrou ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>REINDEX without CONCURRENTLY blocks writes to %1</source>
        <translation>REINDEX sans CONCURRENTLY bloque les écritures dans %1</translation>
    </message>
    <message>
        <source>REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of %1</source>
        <translation>REFRESH MATERIALIZED VIEW sans CONCURRENTLY bloque les lectures de %1</translation>
    </message>
    <message>
        <source>DETACH PARTITION %1 without CONCURRENTLY blocks %2</source>
        <translation>DETACH PARTITION %1 sans CONCURRENTLY bloque %2</translation>
    </message>
    <message>
        <source>adding a constraint to domain %1 checks every column that uses it</source>
        <translation>ajouter une contrainte au domaine %1 vérifie chaque colonne qui l&apos;utilise</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>%1 is assigned more than once (lines %2 and %3): the last assignment wins</source>
        <translation>%1 est affecté plusieurs fois (lignes %2 et %3) : la dernière affectation l&apos;emporte</translation>
    </message>
    <message>
        <source>%1 is assigned inside a block (if/try/with/for/while), so it cannot be read without running Python</source>
        <translation>%1 est affecté dans un bloc (if/try/with/for/while) : il ne peut donc pas être lu sans exécuter Python</translation>
    </message>
    <message>
        <source>%1 cannot be read without running Python: Stepwise reads None, string literals and tuples or lists of string literals</source>
        <translation>%1 ne peut pas être lu sans exécuter Python : Stepwise lit None, les littéraux de chaîne et les tuples ou listes de littéraux de chaîne</translation>
    </message>
    <message>
        <source>revision must be a string</source>
        <translation>revision doit être une chaîne</translation>
    </message>
    <message>
        <source>no down_revision: Alembic needs it in every revision file (write down_revision = None for a base revision)</source>
        <translation>pas de down_revision : Alembic l&apos;exige dans chaque fichier de révision (écrivez down_revision = None pour une révision de base)</translation>
    </message>
    <message>
        <source>down_revision: empty revision id (use None for a base revision)</source>
        <translation>down_revision : identifiant de révision vide (utilisez None pour une révision de base)</translation>
    </message>
    <message>
        <source>; the revision is loaded without its %1</source>
        <translation>; la révision est chargée sans son %1</translation>
    </message>
    <message>
        <source>depends_on: empty revision id</source>
        <translation>depends_on : identifiant de révision vide</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; its context.configure() arguments were not read</source>
        <translation>%1 n&apos;est pas en UTF-8 valide ; ses arguments de context.configure() n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>%1:%2: %3 is not passed to context.configure() as one literal value, so Stepwise cannot read it without running Python; Alembic&apos;s default is used</source>
        <translation>%1:%2 : %3 n&apos;est pas passé à context.configure() comme une valeur littérale unique, Stepwise ne peut donc pas le lire sans exécuter Python ; la valeur par défaut d&apos;Alembic est utilisée</translation>
    </message>
    <message>
        <source>%1:%2: transaction_per_migration is not True or False; Alembic&apos;s default is used</source>
        <translation>%1:%2 : transaction_per_migration n&apos;est ni True ni False ; la valeur par défaut d&apos;Alembic est utilisée</translation>
    </message>
    <message>
        <source>a key outside any [section]</source>
        <translation>une clé hors de toute [section]</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;</source>
        <translation>&apos;clé = valeur&apos; attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice in [%2] (first on line %3)</source>
        <translation>&apos;%1&apos; est défini deux fois dans [%2] (d&apos;abord à la ligne %3)</translation>
    </message>
    <message>
        <source>%(...)s references nest too deeply</source>
        <translation>les références %(...)s sont imbriquées trop profondément</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by &apos;%&apos; or &apos;(name)s&apos; (write %% for a literal %)</source>
        <translation>&apos;%&apos; doit être suivi de &apos;%&apos; ou de &apos;(name)s&apos; (écrivez %% pour un % littéral)</translation>
    </message>
    <message>
        <source>unknown reference %(%1)s</source>
        <translation>référence inconnue %(%1)s</translation>
    </message>
    <message>
        <source>invalid UTF-8 (revision files are UTF-8)</source>
        <translation>UTF-8 invalide (les fichiers de révision sont en UTF-8)</translation>
    </message>
    <message>
        <source>header key &apos;%1&apos; must be written in lower case</source>
        <translation>la clé d&apos;en-tête &apos;%1&apos; doit être écrite en minuscules</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is given twice (first on line %2)</source>
        <translation>l&apos;en-tête &apos;%1&apos; est donné deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>unknown header &apos;%1&apos; (kept, not used)</source>
        <translation>en-tête inconnu &apos;%1&apos; (conservé, non utilisé)</translation>
    </message>
    <message>
        <source>parents: %1</source>
        <translation>parents : %1</translation>
    </message>
    <message>
        <source>created &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>created &apos;%1&apos; n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>header line &apos;%1&apos; after the end of the header: header lines must come first, before any other line</source>
        <translation>ligne d&apos;en-tête &apos;%1&apos; après la fin de l&apos;en-tête : les lignes d&apos;en-tête doivent venir en premier, avant toute autre ligne</translation>
    </message>
    <message>
        <source>text outside a section: SQL must follow a &apos;-- migrate:up&apos; or &apos;-- migrate:down&apos; line</source>
        <translation>texte hors d&apos;une section : le SQL doit suivre une ligne &apos;-- migrate:up&apos; ou &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>unknown section &apos;-- migrate:%1&apos; (expected up or down)</source>
        <translation>section inconnue &apos;-- migrate:%1&apos; (attendu : up ou down)</translation>
    </message>
    <message>
        <source>second &apos;-- migrate:%1&apos; section (the first is on line %2)</source>
        <translation>deuxième section &apos;-- migrate:%1&apos; (la première est à la ligne %2)</translation>
    </message>
    <message>
        <source>unknown section option &apos;%1&apos; (known: transaction:false)</source>
        <translation>option de section inconnue &apos;%1&apos; (connue : transaction:false)</translation>
    </message>
    <message>
        <source>missing &apos;-- revision:&apos; header</source>
        <translation>en-tête &apos;-- revision:&apos; manquant</translation>
    </message>
    <message>
        <source>missing &apos;-- parents:&apos; header (an empty &apos;-- parents:&apos; marks a base revision)</source>
        <translation>en-tête &apos;-- parents:&apos; manquant (un &apos;-- parents:&apos; vide marque une révision de base)</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:up&apos; section</source>
        <translation>pas de section &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>file name does not match the revision id &apos;%1&apos; (expected &apos;%1_&lt;slug&gt;.sql&apos;; the header is what counts)</source>
        <translation>le nom de fichier ne correspond pas à l&apos;identifiant de révision &apos;%1&apos; (attendu : &apos;%1_&lt;slug&gt;.sql&apos; ; c&apos;est l&apos;en-tête qui compte)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>[repository] versions names no folder</source>
        <translation>[repository] versions ne nomme aucun dossier</translation>
    </message>
    <message>
        <source>stepwise.ini: [database] url holds a password; it is not used (keep passwords out of project files)</source>
        <translation>stepwise.ini : [database] url contient un mot de passe ; elle n&apos;est pas utilisée (gardez les mots de passe hors des fichiers du projet)</translation>
    </message>
    <message>
        <source>stepwise.ini: [database] shadow_url holds a password; it is not used (keep passwords out of project files)</source>
        <translation>stepwise.ini : [database] shadow_url contient un mot de passe ; elle n&apos;est pas utilisée (gardez les mots de passe hors des fichiers du projet)</translation>
    </message>
    <message>
        <source>transaction_per_migration must be true or false, not &apos;%1&apos;</source>
        <translation>transaction_per_migration doit valoir true ou false, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds, not &apos;%2&apos;</source>
        <translation>%1 doit être un nombre de secondes, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2; expected &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur valide pour %2 ; attendu : &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</translation>
    </message>
    <message>
        <source>script_location &apos;%1&apos; names a Python package; Stepwise needs a folder path</source>
        <translation>script_location &apos;%1&apos; nomme un paquet Python ; Stepwise a besoin d&apos;un chemin de dossier</translation>
    </message>
    <message>
        <source>recursive_version_locations must be true or false, not &apos;%1&apos;</source>
        <translation>recursive_version_locations doit valoir true ou false, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: sqlalchemy.url holds a password, so it is not used as the default target</source>
        <translation>%1 : sqlalchemy.url contient un mot de passe, elle n&apos;est donc pas utilisée comme cible par défaut</translation>
    </message>
    <message>
        <source>version location &apos;%1&apos; is listed twice; it is read once</source>
        <translation>l&apos;emplacement de versions &apos;%1&apos; est listé deux fois ; il est lu une seule fois</translation>
    </message>
    <message>
        <source>versions folder &apos;%1&apos; does not exist</source>
        <translation>le dossier de versions &apos;%1&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: [tool.alembic] not read: %2</source>
        <translation>%1 : [tool.alembic] non lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise or Alembic project: it has no stepwise.ini, alembic.ini or migrations/alembic.ini</source>
        <translation>%1 n&apos;est pas un projet Stepwise ou Alembic : il n&apos;a ni stepwise.ini, ni alembic.ini, ni migrations/alembic.ini</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no Stepwise or Alembic project (stepwise.ini, alembic.ini or migrations/alembic.ini) in %1 or its parents</source>
        <translation>aucun projet Stepwise ou Alembic (stepwise.ini, alembic.ini ou migrations/alembic.ini) dans %1 ni ses parents</translation>
    </message>
    <message>
        <source>unterminated string or array</source>
        <translation>chaîne ou tableau non terminé</translation>
    </message>
    <message>
        <source>unterminated string literal (starting on line %1)</source>
        <translation>littéral de chaîne non terminé (commençant à la ligne %1)</translation>
    </message>
    <message>
        <source>cannot read: a symbolic link to %1, which does not exist</source>
        <translation>lecture impossible : un lien symbolique vers %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>an entry of unknown type</source>
        <translation>une entrée de type inconnu</translation>
    </message>
    <message>
        <source>cannot read: %1, not a regular file</source>
        <translation>lecture impossible : %1, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read: not a regular file</source>
        <translation>lecture impossible : pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>impossible de lister le dossier : %1</translation>
    </message>
    <message>
        <source>empty revision id</source>
        <translation>identifiant de révision vide</translation>
    </message>
    <message>
        <source>revision id &apos;%1&apos; is reserved: it means something else in targets</source>
        <translation>l&apos;identifiant de révision &apos;%1&apos; est réservé : il a un autre sens dans les cibles</translation>
    </message>
    <message>
        <source>revision id &apos;%1&apos; is longer than %2 characters (the version table column is VARCHAR(%2))</source>
        <translation>l&apos;identifiant de révision &apos;%1&apos; dépasse %2 caractères (la colonne de la table des versions est VARCHAR(%2))</translation>
    </message>
    <message>
        <source>revision id &apos;%1&apos; contains &apos;%2&apos;: only letters A-Z, digits and &apos;_&apos; are allowed</source>
        <translation>l&apos;identifiant de révision &apos;%1&apos; contient &apos;%2&apos; : seuls les lettres A-Z, les chiffres et &apos;_&apos; sont autorisés</translation>
    </message>
    <message>
        <source>empty branch label</source>
        <translation>étiquette de branche vide</translation>
    </message>
    <message>
        <source>branch label &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in labels (it has a meaning in targets)</source>
        <translation>l&apos;étiquette de branche &apos;%1&apos; contient &apos;%2&apos;, interdit dans les étiquettes (il a un sens dans les cibles)</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (expected one of: %2)</source>
        <translation>dialecte inconnu &apos;%1&apos; (attendu : l&apos;un de %2)</translation>
    </message>
    <message>
        <source>%1 already holds a project</source>
        <translation>%1 contient déjà un projet</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty</source>
        <translation>%1 existe déjà et n&apos;est pas vide</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>Revision %1 is present more than once</source>
        <translation>La révision %1 est présente plusieurs fois</translation>
    </message>
    <message>
        <source>parent %1 is not a revision of this project</source>
        <translation>le parent %1 n&apos;est pas une révision de ce projet</translation>
    </message>
    <message>
        <source>depends_on %1 is not a revision or branch label of this project</source>
        <translation>depends_on %1 n&apos;est ni une révision ni une étiquette de branche de ce projet</translation>
    </message>
    <message>
        <source>new revisions of an Alembic project are written by `alembic revision`</source>
        <translation>les nouvelles révisions d&apos;un projet Alembic sont écrites par `alembic revision`</translation>
    </message>
    <message>
        <source>%1 already exists; not overwritten</source>
        <translation>%1 existe déjà ; non écrasé</translation>
    </message>
    <message>
        <source>Reading the catalog of %1</source>
        <translation>Lecture du catalogue de %1</translation>
    </message>
    <message>
        <source>Reading the list of tables</source>
        <translation>Lecture de la liste des tables</translation>
    </message>
    <message>
        <source>Reading the server&apos;s catalog</source>
        <translation>Lecture du catalogue du serveur</translation>
    </message>
    <message>
        <source>The connection has no database selected</source>
        <translation>La connexion n&apos;a aucune base de données sélectionnée</translation>
    </message>
    <message>
        <source>Reading the catalog of database %1</source>
        <translation>Lecture du catalogue de la base de données %1</translation>
    </message>
    <message>
        <source>Reading the list of schemas</source>
        <translation>Lecture de la liste des schémas</translation>
    </message>
    <message>
        <source>Reading the tables&apos; columns</source>
        <translation>Lecture des colonnes des tables</translation>
    </message>
    <message>
        <source>Reading the tables&apos; constraints</source>
        <translation>Lecture des contraintes des tables</translation>
    </message>
    <message>
        <source>Reading the tables&apos; indexes</source>
        <translation>Lecture des index des tables</translation>
    </message>
    <message>
        <source>Reading the enum types</source>
        <translation>Lecture des types enum</translation>
    </message>
    <message>
        <source>Reading the objects not compared</source>
        <translation>Lecture des objets non comparés</translation>
    </message>
    <message>
        <source>FROM is a %1 database and TO a %2 one: compare schemas of one dialect</source>
        <translation>FROM est une base %1 et TO une base %2 : comparez des schémas d&apos;un même dialecte</translation>
    </message>
    <message>
        <source>Unknown dialect &apos;%1&apos; (sqlite, postgresql, mysql)</source>
        <translation>Dialecte inconnu &apos;%1&apos; (sqlite, postgresql, mysql)</translation>
    </message>
    <message>
        <source>Comparing schemas is not supported on %1</source>
        <translation>La comparaison de schémas n&apos;est pas prise en charge sur %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): %3</source>
        <translation>Impossible de se connecter à %1 (%2) : %3</translation>
    </message>
    <message>
        <source>possible rename of %1 to %2</source>
        <translation>renommage possible de %1 en %2</translation>
    </message>
    <message>
        <source>values of %1 removed or reordered: columns of this type need converting</source>
        <translation>valeurs de %1 retirées ou réordonnées : les colonnes de ce type doivent être converties</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <source>null allowed</source>
        <translation>NULL autorisé</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>non NULL</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>pas de valeur par défaut</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>valeur par défaut %1</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>collation %1</source>
        <translation>collation %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>drop view %1</source>
        <translation>supprimer la vue %1</translation>
    </message>
    <message>
        <source>drop foreign key %1 on %2</source>
        <translation>supprimer la clé étrangère %1 sur %2</translation>
    </message>
    <message>
        <source>drop check %1 on %2</source>
        <translation>supprimer la vérification %1 sur %2</translation>
    </message>
    <message>
        <source>drop unique (%1) on %2</source>
        <translation>supprimer l&apos;unicité (%1) sur %2</translation>
    </message>
    <message>
        <source>drop index %1 on %2</source>
        <translation>supprimer l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <source>drop primary key of %1</source>
        <translation>supprimer la clé primaire de %1</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>supprimer la table %1</translation>
    </message>
    <message>
        <source>drop column %1.%2</source>
        <translation>supprimer la colonne %1.%2</translation>
    </message>
    <message>
        <source>create type %1</source>
        <translation>créer le type %1</translation>
    </message>
    <message>
        <source>add values %1 to type %2</source>
        <translation>ajouter les valeurs %1 au type %2</translation>
    </message>
    <message>
        <source>create sequence %1</source>
        <translation>créer la séquence %1</translation>
    </message>
    <message>
        <source>alter sequence %1</source>
        <translation>modifier la séquence %1</translation>
    </message>
    <message>
        <source>create table %1</source>
        <translation>créer la table %1</translation>
    </message>
    <message>
        <source>add column %1.%2</source>
        <translation>ajouter la colonne %1.%2</translation>
    </message>
    <message>
        <source>alter column %1.%2 (%3)</source>
        <translation>modifier la colonne %1.%2 (%3)</translation>
    </message>
    <message>
        <source>comment on table %1</source>
        <translation>commentaire sur la table %1</translation>
    </message>
    <message>
        <source>add primary key (%1) to %2</source>
        <translation>ajouter la clé primaire (%1) à %2</translation>
    </message>
    <message>
        <source>add unique (%1) to %2</source>
        <translation>ajouter l&apos;unicité (%1) à %2</translation>
    </message>
    <message>
        <source>create index %1 on %2</source>
        <translation>créer l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <source>add check %1 to %2</source>
        <translation>ajouter la vérification %1 à %2</translation>
    </message>
    <message>
        <source>add foreign key %1 (%2) to %3</source>
        <translation>ajouter la clé étrangère %1 (%2) à %3</translation>
    </message>
    <message>
        <source>create view %1</source>
        <translation>créer la vue %1</translation>
    </message>
    <message>
        <source>drop sequence %1</source>
        <translation>supprimer la séquence %1</translation>
    </message>
    <message>
        <source>drop type %1</source>
        <translation>supprimer le type %1</translation>
    </message>
    <message>
        <source>Comparing schemas is not supported on the %1 driver</source>
        <translation>La comparaison de schémas n&apos;est pas prise en charge avec le pilote %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Does not run on a shadow %1 database</source>
        <translation>Ne s&apos;exécute pas sur une base fantôme %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the shadow database</source>
        <translation>Impossible de créer un dossier temporaire pour la base fantôme</translation>
    </message>
    <message>
        <source>Cannot connect to the shadow database %1: %2</source>
        <translation>Impossible de se connecter à la base fantôme %1 : %2</translation>
    </message>
    <message>
        <source>No such SQL file: %1</source>
        <translation>Fichier SQL introuvable : %1</translation>
    </message>
    <message>
        <source>On %1 the schema is built in a shadow database first: name one with --shadow-url (or shadow_url in stepwise.ini&apos;s [database])</source>
        <translation>Sur %1, le schéma est d&apos;abord construit dans une base fantôme : indiquez-en une avec --shadow-url (ou shadow_url dans la section [database] de stepwise.ini)</translation>
    </message>
    <message>
        <source>The shadow database %1 is not a %2 database</source>
        <translation>La base fantôme %1 n&apos;est pas une base %2</translation>
    </message>
    <message>
        <source>Cannot connect to the server of the shadow database %1: %2</source>
        <translation>Impossible de se connecter au serveur de la base fantôme %1 : %2</translation>
    </message>
    <message>
        <source>Looking for the shadow database %1</source>
        <translation>Recherche de la base fantôme %1</translation>
    </message>
    <message>
        <source>Cannot create the shadow database %1 (the user needs the %2 privilege)</source>
        <translation>Impossible de créer la base fantôme %1 (l&apos;utilisateur a besoin du privilège %2)</translation>
    </message>
    <message>
        <source>Emptying the shadow database</source>
        <translation>Vidage de la base fantôme</translation>
    </message>
    <message>
        <source>Reading the SQLite schema</source>
        <translation>Lecture du schéma SQLite</translation>
    </message>
    <message>
        <source>unterminated string: the %1 opened here is never closed</source>
        <translation>chaîne non terminée : le %1 ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>unterminated quoted identifier: the %1 opened here is never closed</source>
        <translation>identifiant entre guillemets non terminé : le %1 ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>unterminated comment: the /* opened here is never closed</source>
        <translation>commentaire non terminé : le /* ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>unterminated dollar quote: the %1 opened here is never closed</source>
        <translation>guillemet dollar non terminé : le %1 ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>psql meta-command %1 is not SQL; only SQL statements can be run</source>
        <translation>la méta-commande psql %1 n&apos;est pas du SQL ; seules les instructions SQL peuvent être exécutées</translation>
    </message>
    <message>
        <source>DELIMITER needs a delimiter string, as in DELIMITER //</source>
        <translation>DELIMITER nécessite une chaîne de délimitation, comme dans DELIMITER //</translation>
    </message>
    <message>
        <source>delimiter %1 must not contain a backslash</source>
        <translation>le délimiteur %1 ne doit pas contenir de barre oblique inverse</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>séquence d&apos;octets UTF-8 invalide</translation>
    </message>
    <message>
        <source>cannot read the script: %1</source>
        <translation>impossible de lire le script : %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>&apos;branches&apos; takes no arguments</source>
        <translation>&apos;branches&apos; n&apos;accepte aucun argument</translation>
    </message>
    <message numerus="yes">
        <source>No drift: %n applied revision(s) match their files.</source>
        <translation>
            <numerusform>Aucune dérive : %n révision appliquée correspond à son fichier.</numerusform>
            <numerusform>Aucune dérive : %n révisions appliquées correspondent à leurs fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema drift: %n difference(s) between the database and what its revisions build:</source>
        <translation>
            <numerusform>Dérive de schéma : %n différence entre la base de données et ce que construisent ses révisions :</numerusform>
            <numerusform>Dérive de schéma : %n différences entre la base de données et ce que construisent ses révisions :</numerusform>
        </translation>
    </message>
    <message>
        <source>a command is required</source>
        <translation>une commande est requise</translation>
    </message>
    <message>
        <source>--url and --connection cannot be used together</source>
        <translation>--url et --connection ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;stepwise --help&apos; for more information.</source>
        <translation>Essayez &apos;stepwise --help&apos; pour plus d&apos;informations.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the project</source>
        <translation>
            <numerusform>%n problème trouvé dans le projet</numerusform>
            <numerusform>%n problèmes trouvés dans le projet</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the migration lock held by %1 …</source>
        <translation>Attente du verrou de migration détenu par %1 …</translation>
    </message>
    <message>
        <source>Running the revisions with %1</source>
        <translation>Exécution des révisions avec %1</translation>
    </message>
    <message>
        <source>&apos;current&apos; takes no arguments</source>
        <translation>&apos;current&apos; n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>&apos;heads&apos; takes no arguments</source>
        <translation>&apos;heads&apos; n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>&apos;history&apos; takes no arguments</source>
        <translation>&apos;history&apos; n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>cette version n&apos;a pas de prise en charge du trousseau</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>le trousseau n&apos;a pas répondu en %n seconde</numerusform>
            <numerusform>le trousseau n&apos;a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) checked: </source>
        <translation>
            <numerusform>%n révision vérifiée : </numerusform>
            <numerusform>%n révisions vérifiées : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n erreur, </numerusform>
            <numerusform>%n erreurs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n avertissement, </numerusform>
            <numerusform>%n avertissements, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n suppressed)</source>
        <translation>
            <numerusform> (%n masqué)</numerusform>
            <numerusform> (%n masqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;merge&apos; needs the revisions to merge (or &apos;heads&apos;)</source>
        <translation>&apos;merge&apos; nécessite les révisions à fusionner (ou &apos;heads&apos;)</translation>
    </message>
    <message>
        <source>Multiple version locations present; the new revision has no parent to choose one by</source>
        <translation>Plusieurs emplacements de versions présents ; la nouvelle révision n&apos;a pas de parent permettant d&apos;en choisir un</translation>
    </message>
    <message numerus="yes">
        <source>Safety checks of the new revision: %n finding(s) to review:</source>
        <translation>
            <numerusform>Contrôles de sécurité de la nouvelle révision : %n constat à examiner :</numerusform>
            <numerusform>Contrôles de sécurité de la nouvelle révision : %n constats à examiner :</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;plan&apos; needs a command and a target</source>
        <translation>&apos;plan&apos; nécessite une commande et une cible</translation>
    </message>
    <message>
        <source>unknown plan command &apos;%1&apos;</source>
        <translation>commande de plan inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;plan %1&apos; takes one target</source>
        <translation>&apos;plan %1&apos; prend une seule cible</translation>
    </message>
    <message>
        <source>&apos;plan stamp&apos; needs a target</source>
        <translation>&apos;plan stamp&apos; nécessite une cible</translation>
    </message>
    <message>
        <source>&apos;show&apos; takes one revision</source>
        <translation>&apos;show&apos; prend une seule révision</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>create a new project (stepwise.ini, versions/)</source>
        <translation>créer un nouveau projet (stepwise.ini, versions/)</translation>
    </message>
    <message>
        <source>write a new revision file; --autogenerate fills it with the SQL that reaches REF (a database URL or .sql file; Alembic projects: their models)</source>
        <translation>écrire un nouveau fichier de révision ; --autogenerate le remplit avec le SQL qui mène à REF (URL de base de données ou fichier .sql ; projets Alembic : leurs modèles)</translation>
    </message>
    <message>
        <source>write a merge revision</source>
        <translation>écrire une révision de fusion</translation>
    </message>
    <message>
        <source>apply revisions up to TARGET (default: heads)</source>
        <translation>appliquer les révisions jusqu&apos;à TARGET (par défaut : heads)</translation>
    </message>
    <message>
        <source>revert revisions down to TARGET; through a revision whose down section is empty only when allowed</source>
        <translation>rétrograder jusqu&apos;à TARGET ; passer par une révision dont la section down est vide seulement si autorisé</translation>
    </message>
    <message>
        <source>set the database&apos;s revisions without running them</source>
        <translation>définir les révisions de la base de données sans les exécuter</translation>
    </message>
    <message>
        <source>the database&apos;s current revision(s)</source>
        <translation>la ou les révisions actuelles de la base de données</translation>
    </message>
    <message>
        <source>the project&apos;s head revisions</source>
        <translation>les révisions de tête du projet</translation>
    </message>
    <message>
        <source>the revisions where the history branches</source>
        <translation>les révisions où l&apos;historique se ramifie</translation>
    </message>
    <message>
        <source>revisions, newest first</source>
        <translation>les révisions, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>one revision in full</source>
        <translation>une révision en détail</translation>
    </message>
    <message>
        <source>applied revisions whose files changed or vanished; --schema: the schema against what they build</source>
        <translation>révisions appliquées dont les fichiers ont changé ou disparu ; --schema : le schéma face à ce qu&apos;elles construisent</translation>
    </message>
    <message>
        <source>the SQL that turns schema FROM into TO (database URLs or .sql files, applied to a shadow first)</source>
        <translation>le SQL qui transforme le schéma FROM en TO (URL de bases de données ou fichiers .sql, appliqués d&apos;abord à une base fantôme)</translation>
    </message>
    <message>
        <source>safety checks of the revisions (default: all), or of what upgrade would run, with the database&apos;s table sizes and violating rows (--pending); --rules lists the checks (docs/lint.md)</source>
        <translation>contrôles de sécurité des révisions (par défaut : toutes), ou de ce qu&apos;exécuterait upgrade, avec la taille des tables de la base et les lignes en infraction (--pending) ; --rules liste les contrôles (docs/lint.md)</translation>
    </message>
    <message>
        <source>the project folder (default: this folder or a parent)</source>
        <translation>le dossier du projet (par défaut : ce dossier ou un parent)</translation>
    </message>
    <message>
        <source>database URL, e.g. sqlite:///app.db, postgresql://user@host/db</source>
        <translation>URL de la base de données, par ex. sqlite:///app.db, postgresql://user@host/db</translation>
    </message>
    <message>
        <source>a connection profile saved by Stepwise Studio</source>
        <translation>un profil de connexion enregistré par Stepwise Studio</translation>
    </message>
    <message>
        <source>Alembic projects: the Python that runs their revisions (default: $STEPWISE_PYTHON, $VIRTUAL_ENV, .venv/venv, python3)</source>
        <translation>projets Alembic : le Python qui exécute leurs révisions (par défaut : $STEPWISE_PYTHON, $VIRTUAL_ENV, .venv/venv, python3)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
    <message>
        <source>only errors</source>
        <translation>seulement les erreurs</translation>
    </message>
    <message>
        <source>more detail</source>
        <translation>plus de détails</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>print the help (after a command: its own)</source>
        <translation>afficher l&apos;aide (après une commande : la sienne)</translation>
    </message>
    <message>
        <source>the new revision&apos;s message</source>
        <translation>le message de la nouvelle révision</translation>
    </message>
    <message>
        <source>the head the new revision builds on, or LABEL@head (default: the only head)</source>
        <translation>la tête sur laquelle s&apos;appuie la nouvelle révision, ou LABEL@head (par défaut : l&apos;unique tête)</translation>
    </message>
    <message>
        <source>let --head name a revision that is not a head, starting a new branch there</source>
        <translation>permettre à --head de désigner une révision qui n&apos;est pas une tête, en y ouvrant une nouvelle branche</translation>
    </message>
    <message>
        <source>a branch label for the new revision (repeatable)</source>
        <translation>une étiquette de branche pour la nouvelle révision (répétable)</translation>
    </message>
    <message>
        <source>a revision or label the new one depends on without building on it (repeatable)</source>
        <translation>une révision ou étiquette dont dépend la nouvelle, sans s&apos;appuyer dessus (répétable)</translation>
    </message>
    <message>
        <source>the new revision&apos;s id instead of a generated one</source>
        <translation>l&apos;id de la nouvelle révision au lieu d&apos;un id généré</translation>
    </message>
    <message>
        <source>fill the new revision with the SQL that turns the schema its parents build into --against&apos;s (Alembic projects: their models)</source>
        <translation>remplir la nouvelle révision avec le SQL qui transforme le schéma construit par ses parents en celui de --against (projets Alembic : leurs modèles)</translation>
    </message>
    <message>
        <source>the schema --autogenerate reaches: a database URL or a .sql file</source>
        <translation>le schéma visé par --autogenerate : une URL de base de données ou un fichier .sql</translation>
    </message>
    <message>
        <source>only the revisions in RANGE ([START]:[END])</source>
        <translation>seulement les révisions de RANGE ([START]:[END])</translation>
    </message>
    <message>
        <source>mark the database&apos;s current revision(s)</source>
        <translation>signaler la ou les révisions actuelles de la base de données</translation>
    </message>
    <message>
        <source>count dependencies as parents</source>
        <translation>compter les dépendances comme des parents</translation>
    </message>
    <message>
        <source>print the SQL instead of running it (no database needed)</source>
        <translation>afficher le SQL au lieu de l&apos;exécuter (sans base de données)</translation>
    </message>
    <message>
        <source>finish a step an interrupted run left half-applied</source>
        <translation>terminer une étape qu&apos;une exécution interrompue a laissée à moitié appliquée</translation>
    </message>
    <message>
        <source>revert through revisions whose down section is empty</source>
        <translation>rétrograder aussi en passant par des révisions dont la section down est vide</translation>
    </message>
    <message>
        <source>delete every version row before stamping</source>
        <translation>supprimer toutes les lignes de version avant de marquer</translation>
    </message>
    <message>
        <source>the new project&apos;s dialect (sqlite, postgresql, mysql or generic; default sqlite), or the one diff reads .sql files in</source>
        <translation>le dialecte du nouveau projet (sqlite, postgresql, mysql ou generic ; par défaut sqlite), ou celui dans lequel diff lit les fichiers .sql</translation>
    </message>
    <message>
        <source>where .sql files and revisions are applied to read their schema (default: [database] shadow_url of stepwise.ini; SQLite: a temporary file)</source>
        <translation>où appliquer les fichiers .sql et les révisions pour lire leur schéma (par défaut : [database] shadow_url de stepwise.ini ; SQLite : un fichier temporaire)</translation>
    </message>
    <message>
        <source>also compare the database&apos;s schema with what its revisions build, and print the SQL that repairs it</source>
        <translation>comparer aussi le schéma de la base de données à ce que construisent ses révisions, et afficher le SQL qui le répare</translation>
    </message>
    <message>
        <source>PostgreSQL: create and drop indexes CONCURRENTLY</source>
        <translation>PostgreSQL : créer et supprimer les index avec CONCURRENTLY</translation>
    </message>
    <message>
        <source>wait this long for the migration lock and, on PostgreSQL and MariaDB, for each statement&apos;s table and row locks (default 30; 0: do not wait)</source>
        <translation>attendre ce délai le verrou de migration et, sous PostgreSQL et MariaDB, les verrous de table et de ligne de chaque instruction (par défaut 30 ; 0 : ne pas attendre)</translation>
    </message>
    <message>
        <source>cancel any statement running longer (PostgreSQL, MariaDB; 0: no limit, the default)
Both override [database] lock_timeout / statement_timeout of stepwise.ini and the connection profile&apos;s settings.</source>
        <translation>annuler toute instruction qui dure plus longtemps (PostgreSQL, MariaDB ; 0 : aucune limite, la valeur par défaut)
Les deux remplacent [database] lock_timeout / statement_timeout de stepwise.ini et les réglages du profil de connexion.</translation>
    </message>
    <message>
        <source>run although the plan has error-level safety findings of these codes (see stepwise lint)</source>
        <translation>exécuter même si le plan a des constats de sécurité de niveau erreur portant ces codes (voir stepwise lint)</translation>
    </message>
    <message>
        <source>check what upgrade would run, with the database&apos;s table sizes and violating rows</source>
        <translation>contrôler ce qu&apos;exécuterait upgrade, avec la taille des tables de la base et les lignes en infraction</translation>
    </message>
    <message>
        <source>list the safety checks</source>
        <translation>lister les contrôles de sécurité</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>migration or database failure (lint: an error-level finding)</source>
        <translation>échec de migration ou de base de données (lint : un constat de niveau erreur)</translation>
    </message>
    <message>
        <source>usage/config/repository error</source>
        <translation>erreur d&apos;utilisation/configuration/dépôt</translation>
    </message>
    <message>
        <source>lock timeout</source>
        <translation>délai de verrou dépassé</translation>
    </message>
    <message>
        <source>refused by a safety check</source>
        <translation>refusé par un contrôle de sécurité</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>Options of %1:</source>
        <translation>Options de %1 :</translation>
    </message>
    <message>
        <source>Database migrations with Alembic&apos;s semantics, for native Stepwise projects and Alembic / Flask-Migrate projects.</source>
        <translation>Migrations de bases de données avec la sémantique d&apos;Alembic, pour les projets Stepwise natifs et les projets Alembic / Flask-Migrate.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>No database URL: pass --url or --connection (sqlalchemy.url in alembic.ini is used only when it holds no password)</source>
        <translation>Aucune URL de base de données : passez --url ou --connection (sqlalchemy.url d&apos;alembic.ini n&apos;est utilisé que s&apos;il ne contient pas de mot de passe)</translation>
    </message>
    <message>
        <source>No database URL: pass --url or --connection, or set [database] url in stepwise.ini</source>
        <translation>Aucune URL de base de données : passez --url ou --connection, ou définissez [database] url dans stepwise.ini</translation>
    </message>
    <message>
        <source>--sql needs a dialect: pass --url or --connection, or set [repository] dialect in stepwise.ini</source>
        <translation>--sql nécessite un dialecte : passez --url ou --connection, ou définissez [repository] dialect dans stepwise.ini</translation>
    </message>
    <message>
        <source>Unknown database kind &apos;%1&apos;</source>
        <translation>Type de base de données inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;check&apos; takes no arguments</source>
        <translation>&apos;check&apos; n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>missing: %1 was applied but no file defines it</source>
        <translation>manquante : %1 a été appliquée mais aucun fichier ne la définit</translation>
    </message>
    <message>
        <source>drifted: %1 (%2): its up section changed since it was applied</source>
        <translation>modifiée : %1 (%2) : sa section up a changé depuis son application</translation>
    </message>
    <message>
        <source>missing: %1 is in the heads table but no file defines it</source>
        <translation>manquante : %1 est dans la table des têtes mais aucun fichier ne la définit</translation>
    </message>
    <message>
        <source>No schema drift: the database&apos;s schema is what its revisions build.</source>
        <translation>Aucune dérive de schéma : le schéma de la base est celui que construisent ses révisions.</translation>
    </message>
    <message>
        <source> (destructive)</source>
        <translation> (destructif)</translation>
    </message>
    <message>
        <source>-- The SQL that brings the database back to its revisions:</source>
        <translation>-- Le SQL qui ramène la base de données à ses révisions :</translation>
    </message>
    <message>
        <source>note: no saved password from the keychain (%1)</source>
        <translation>remarque : aucun mot de passe enregistré dans le trousseau (%1)</translation>
    </message>
    <message>
        <source>unrecognized option &apos;%1&apos;</source>
        <translation>option non reconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>l&apos;option &apos;--%1&apos; nécessite une valeur</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l&apos;option &apos;--%1&apos; n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>unrecognized option &apos;-%1&apos;</source>
        <translation>option non reconnue &apos;-%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;-%1&apos; needs a value</source>
        <translation>l&apos;option &apos;-%1&apos; nécessite une valeur</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a command</source>
        <translation>l&apos;option &apos;--%1&apos; nécessite une commande</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; is not valid for &apos;%2&apos;</source>
        <translation>l&apos;option &apos;--%1&apos; n&apos;est pas valide pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;diff&apos; takes two schemas: FROM and TO (database URLs or .sql files)</source>
        <translation>&apos;diff&apos; prend deux schémas : FROM et TO (URL de bases de données ou fichiers .sql)</translation>
    </message>
    <message>
        <source>-- No differences: FROM and TO have the same schema.</source>
        <translation>-- Aucune différence : FROM et TO ont le même schéma.</translation>
    </message>
    <message>
        <source>-- Runs outside a transaction (it manages its own): write it in a transaction:false section.</source>
        <translation>-- S&apos;exécute hors transaction (gère la sienne) : écrivez-le dans une section transaction:false.</translation>
    </message>
    <message>
        <source>&apos;init&apos; takes one folder</source>
        <translation>&apos;init&apos; prend un seul dossier</translation>
    </message>
    <message>
        <source>Created a Stepwise project in %1 (stepwise.ini, versions/).</source>
        <translation>Projet Stepwise créé dans %1 (stepwise.ini, versions/).</translation>
    </message>
    <message>
        <source>Set [database] url in stepwise.ini or pass --url, then: stepwise revision -m &quot;first revision&quot;</source>
        <translation>Définissez [database] url dans stepwise.ini ou passez --url, puis : stepwise revision -m &quot;première révision&quot;</translation>
    </message>
    <message>
        <source>Safer: %1</source>
        <translation>Plus sûr : %1</translation>
    </message>
    <message>
        <source>not checked: %1 is a Python (Alembic) revision</source>
        <translation>non vérifiée : %1 est une révision Python (Alembic)</translation>
    </message>
    <message>
        <source>&apos;lint --rules&apos; takes no revision</source>
        <translation>&apos;lint --rules&apos; n&apos;accepte pas de révision</translation>
    </message>
    <message>
        <source>&apos;lint&apos; takes one revision or range (A:B), or --pending</source>
        <translation>&apos;lint&apos; prend une révision ou une plage (A:B), ou --pending</translation>
    </message>
    <message>
        <source>The SQL is incomplete: %1</source>
        <translation>Le SQL est incomplet : %1</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds</source>
        <translation>--%1 attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--resume runs against a database; it cannot be combined with --sql</source>
        <translation>--resume s&apos;exécute sur une base de données ; il ne peut pas être combiné avec --sql</translation>
    </message>
    <message>
        <source>&apos;upgrade&apos; takes one target</source>
        <translation>&apos;upgrade&apos; prend une seule cible</translation>
    </message>
    <message>
        <source>&apos;downgrade&apos; takes one target</source>
        <translation>&apos;downgrade&apos; prend une seule cible</translation>
    </message>
    <message>
        <source>&apos;stamp&apos; needs at least one revision</source>
        <translation>&apos;stamp&apos; nécessite au moins une révision</translation>
    </message>
    <message>
        <source>&apos;revision&apos; takes no arguments (did you mean -m &quot;%1&quot;?)</source>
        <translation>&apos;revision&apos; n&apos;accepte aucun argument (vouliez-vous dire -m &quot;%1&quot; ?)</translation>
    </message>
    <message>
        <source>--against names the schema --autogenerate compares with</source>
        <translation>--against désigne le schéma avec lequel --autogenerate compare</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;</source>
        <translation>Aucune révision ou branche &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--autogenerate on a native project needs --against REF: the database URL or .sql file the new revision should lead to</source>
        <translation>--autogenerate sur un projet natif nécessite --against REF : l&apos;URL de base de données ou le fichier .sql auquel la nouvelle révision doit mener</translation>
    </message>
    <message>
        <source>No changes in schema detected.</source>
        <translation>Aucun changement de schéma détecté.</translation>
    </message>
</context>
</TS>
