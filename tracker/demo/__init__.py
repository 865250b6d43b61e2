"""Demo data: Yên Thế district's communes and the 2023 inspection conclusion (seed 001)."""
