-- Files whose rows carry another schema version than @schema_version (docs/export.md): left out whole.
SELECT source_file, COUNT(*) AS so_dong
FROM {{exports}}
WHERE schema_version IS NULL OR schema_version <> @schema_version
GROUP BY source_file
ORDER BY source_file
