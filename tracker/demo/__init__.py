"""Demo data: a province (Bắc Giang) with two organisations that follow up their own inspections.

- Yên Thế district: its Phòng Nội vụ follows up the 2023 conclusion on its communes (seed 001);
- Sở Ngoại vụ: its Văn phòng - Thanh tra Sở follows up the department's own rooms and centres
  (seed 003: the self-inspection's deficiencies and the appraisal appendix).
"""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
UNITS_CSV = DATA_DIR / "units.csv"
CONCLUSION = DATA_DIR / "ket_luan_kiem_tra_cchc_yen_the_2023.md"
DEPARTMENT_REPORT = DATA_DIR / "bao_cao_khac_phuc_so_ngoai_vu_2022.txt"
