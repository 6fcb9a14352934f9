"""Tests of the toolkit; a package so the benchmarks can share its fixtures."""
