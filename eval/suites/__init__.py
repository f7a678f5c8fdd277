"""One module per eval suite; each defines `SUITE` (see `eval.suite.Suite`)."""
