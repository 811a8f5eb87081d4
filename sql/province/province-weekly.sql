-- Toàn tỉnh per indicator and week: sums of the communes' village lines (never of ratios), then the ratio of the sums.
SELECT
  tuan,
  ma_chi_tieu,
  MAX(noi_dung) AS noi_dung,
  MAX(don_vi) AS don_vi,
  COUNT(DISTINCT ten_xa) AS so_xa,
  SUM(chi_tieu) AS chi_tieu,
  SUM(luy_ke) AS luy_ke,
  SUM(tuan_nay) AS tuan_nay,
  SUM(luy_ke) / NULLIF(SUM(chi_tieu), 0) AS ty_le,
  SUM(ke_hoach_den_nay) AS ke_hoach_den_nay,
  SUM(no_ton) AS no_ton
FROM {{exports}}
WHERE thon <> 'Toàn xã'
GROUP BY tuan, ma_chi_tieu
ORDER BY tuan, ma_chi_tieu
