"""factx benchmarks (`make bench`)."""
