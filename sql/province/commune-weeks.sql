-- Each commune's own summary: its Toàn xã figures per indicator and week, the sums of its village lines.
SELECT
  ten_xa,
  tuan,
  ma_chi_tieu,
  MAX(don_vi) AS don_vi,
  SUM(chi_tieu) AS chi_tieu,
  SUM(luy_ke) AS luy_ke,
  SUM(tuan_nay) AS tuan_nay,
  SUM(luy_ke) / NULLIF(SUM(chi_tieu), 0) AS ty_le,
  SUM(ke_hoach_den_nay) AS ke_hoach_den_nay,
  SUM(no_ton) AS no_ton
FROM {{exports}}
WHERE thon <> 'Toàn xã'
GROUP BY ten_xa, tuan, ma_chi_tieu
ORDER BY ten_xa, tuan, ma_chi_tieu
