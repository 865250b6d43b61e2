"""Demo data: Yên Thế district's communes and the 2023 inspection conclusion (seed 001)."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
UNITS_CSV = DATA_DIR / "yen_the_units.csv"
CONCLUSION = DATA_DIR / "ket_luan_kiem_tra_cchc_yen_the_2023.md"
