-- Load the extension and the five corpus reports used by the other tests.
CREATE EXTENSION tip_reports;
CREATE TABLE corpus (name text PRIMARY KEY, doc text NOT NULL);
\set doc `cat test/corpus/000_f1f4cd0cd07ec4e1.txt`
INSERT INTO corpus VALUES ('000 COP9 2018 markdown', :'doc');
\set doc `cat test/corpus/001_e140540fbb5a1c1d.txt`
INSERT INTO corpus VALUES ('001 COP6 2012 plain', :'doc');
\set doc `cat test/corpus/002_b81fe9faa10e4dbb.txt`
INSERT INTO corpus VALUES ('002 COP12 2024 markdown', :'doc');
\set doc `cat test/corpus/003_e2f289571b934e2f.txt`
INSERT INTO corpus VALUES ('003 CCPCJ21 2012 markdown', :'doc');
\set doc `cat test/corpus/004_e8d0dfb9daeccd83.txt`
INSERT INTO corpus VALUES ('004 COP7 2014 markdown', :'doc');
SELECT name, octet_length(doc) AS bytes FROM corpus ORDER BY name;
