// Reads every table tonal wrote with DuckDB and checks it against the
// manifest: row counts, column types, quote offsets and joins.
// Usage: node duckdb-check.mjs OUT_DIR   (with @duckdb/node-api installed)
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node duckdb-check.mjs OUT_DIR');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
let failed = 0;
let passed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (ok) passed++;
  else failed++;
};
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjects();
const glob = (t) => `'${join(dir, t, '*.parquet')}'`;

for (const table of ['articles', 'paragraphs', 'sentences', 'quotes', 'rejects']) {
  const [{ n }] = await rows(`SELECT count(*)::BIGINT AS n FROM read_parquet(${glob(table)})`);
  check(Number(n) === manifest.rows[table], `${table}: ${n} rows, manifest says ${manifest.rows[table]}`);
}
for (const table of ['articles', 'paragraphs', 'sentences', 'quotes']) {
  const types = Object.fromEntries((await rows(`DESCRIBE SELECT * FROM read_parquet(${glob(table)})`))
    .map((r) => [r.column_name, r.column_type]));
  check(types.published === 'TIMESTAMP WITH TIME ZONE', `${table}.published is ${types.published}`);
  check(types.article_id === 'VARCHAR', `${table}.article_id is ${types.article_id}`);
  check(types.compound === 'DOUBLE', `${table}.compound is ${types.compound}`);
  check(types.start === 'INTEGER' && types.end === 'INTEGER', `${table}.start/end are ${types.start}/${types.end}`);
}
{
  const [{ bad }] = await rows(`SELECT count(*)::BIGINT AS bad FROM read_parquet(${glob('articles')})
    WHERE start <> 0 OR "end" <> length(text)`);
  check(Number(bad) === 0, `articles: start is 0 and end is length(text) (${bad} differ)`);
}
for (const table of ['paragraphs', 'sentences']) {
  const [{ bad }] = await rows(`
    SELECT count(*)::BIGINT AS bad FROM read_parquet(${glob(table)}) u
    JOIN read_parquet(${glob('articles')}) a USING (article_id)
    WHERE substring(a.text, u.start + 1, u."end" - u.start) <> u.text`);
  check(Number(bad) === 0, `${table}: every text equals substring(articles.text, start+1, end-start) (${bad} differ)`);
}
const [{ total, bad }] = await rows(`
  SELECT count(*)::BIGINT AS total,
         count(*) FILTER (WHERE substring(a.text, q.start + 1, q."end" - q.start) <> q.text)::BIGINT AS bad
  FROM read_parquet(${glob('quotes')}) q JOIN read_parquet(${glob('articles')}) a USING (article_id)
  WHERE q.pieces = 1`);
check(Number(bad) === 0, `quotes: ${total} one-piece quotes, ${bad} differ from substring(articles.text, start+1, end-start)`);
for (const table of ['paragraphs', 'sentences', 'quotes']) {
  const [{ orphans }] = await rows(`
    SELECT count(*)::BIGINT AS orphans FROM read_parquet(${glob(table)}) u
    ANTI JOIN read_parquet(${glob('articles')}) a USING (article_id)`);
  check(Number(orphans) === 0, `${table}: every row joins articles on article_id (${orphans} do not)`);
}
const [{ n: arts }] = await rows(`SELECT count(DISTINCT article_id)::BIGINT AS n FROM read_parquet(${glob('articles')})`);
check(Number(arts) === manifest.rows.articles, `articles: article_id is unique (${arts} distinct)`);
console.log(`duckdb: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
