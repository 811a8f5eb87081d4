-- Communes without a line for a week up to @tuan that other communes reported (a week held by no commune is no week).
SELECT x.ten_xa, w.tuan
FROM (SELECT DISTINCT ten_xa FROM {{exports}}) AS x
CROSS JOIN (SELECT DISTINCT tuan FROM {{exports}} WHERE tuan <= CAST(@tuan AS DATE)) AS w
WHERE NOT EXISTS (
  SELECT 1 FROM {{exports}} AS e WHERE e.ten_xa = x.ten_xa AND e.tuan = w.tuan
)
ORDER BY x.ten_xa, w.tuan
