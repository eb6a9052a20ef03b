// Package tables declares tonal's output tables and writes them as Parquet
// files (zstd, row groups cut by size) that pandas, Polars and DuckDB read
// as they are. Every file appears atomically: it is written under a hidden
// temporary name and renamed when the run completes.
package tables
