// Package version holds tonal's version string.
package version

// Version is tonal's release version, recorded in every manifest and
// Parquet file.
const Version = "0.1.0"
