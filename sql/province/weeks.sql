-- The weeks the province holds, latest first.
SELECT tuan, COUNT(DISTINCT ten_xa) AS so_xa
FROM {{exports}}
GROUP BY tuan
ORDER BY tuan DESC
