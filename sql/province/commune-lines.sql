-- Week @tuan: per commune and indicator the sums of its village lines, then the Toàn tỉnh line of each indicator.
SELECT ten_xa, ma_chi_tieu, noi_dung, don_vi, chi_tieu, luy_ke, tuan_nay,
  luy_ke / NULLIF(chi_tieu, 0) AS ty_le, ke_hoach_den_nay, no_ton, thu_tu
FROM (
  SELECT
    ten_xa,
    ma_chi_tieu,
    MAX(noi_dung) AS noi_dung,
    MAX(don_vi) AS don_vi,
    SUM(chi_tieu) AS chi_tieu,
    SUM(luy_ke) AS luy_ke,
    SUM(tuan_nay) AS tuan_nay,
    SUM(ke_hoach_den_nay) AS ke_hoach_den_nay,
    SUM(no_ton) AS no_ton,
    0 AS thu_tu
  FROM {{exports}}
  WHERE thon <> 'Toàn xã' AND tuan = CAST(@tuan AS DATE)
  GROUP BY ten_xa, ma_chi_tieu
  UNION ALL
  SELECT
    'Toàn tỉnh' AS ten_xa,
    ma_chi_tieu,
    MAX(noi_dung) AS noi_dung,
    MAX(don_vi) AS don_vi,
    SUM(chi_tieu) AS chi_tieu,
    SUM(luy_ke) AS luy_ke,
    SUM(tuan_nay) AS tuan_nay,
    SUM(ke_hoach_den_nay) AS ke_hoach_den_nay,
    SUM(no_ton) AS no_ton,
    1 AS thu_tu
  FROM {{exports}}
  WHERE thon <> 'Toàn xã' AND tuan = CAST(@tuan AS DATE)
  GROUP BY ma_chi_tieu
) AS lines
ORDER BY thu_tu, ten_xa, ma_chi_tieu
