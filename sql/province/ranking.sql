-- Week @tuan: communes ranked by their score, the mean over indicators of min(1, Lũy kế / Kế hoạch đến nay)
-- of the commune's sums (an indicator with nothing planned yet counts as on plan); ties share a rank.
SELECT ten_xa, so_chi_tieu, diem, cham,
  RANK() OVER (ORDER BY diem DESC) AS xep_hang
FROM (
  SELECT
    ten_xa,
    COUNT(*) AS so_chi_tieu,
    AVG(CASE WHEN ke_hoach_den_nay > 0 THEN LEAST(1.0, luy_ke / ke_hoach_den_nay) ELSE 1.0 END) AS diem,
    SUM(CASE WHEN luy_ke < ke_hoach_den_nay THEN 1 ELSE 0 END) AS cham
  FROM (
    SELECT ten_xa, ma_chi_tieu, SUM(luy_ke) AS luy_ke, SUM(ke_hoach_den_nay) AS ke_hoach_den_nay
    FROM {{exports}}
    WHERE thon <> 'Toàn xã' AND tuan = CAST(@tuan AS DATE)
    GROUP BY ten_xa, ma_chi_tieu
  ) AS per_indicator
  GROUP BY ten_xa
) AS scored
ORDER BY xep_hang, ten_xa
