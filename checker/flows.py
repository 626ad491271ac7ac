"""Trade flows as statistics files name them: one vocabulary for trade tables
and reference data (no heavy imports: documents load it on the start-up path)."""

# How statistics files name a flow (Comtrade codes, words) -> (metric, flow):
# one vocabulary for trade tables and reference data.
FLOW_WORDS = {
    "x": ("exports", "export"), "export": ("exports", "export"), "exports": ("exports", "export"),
    "m": ("imports", "import"), "import": ("imports", "import"), "imports": ("imports", "import"),
    "rx": ("re_exports", "re-export"), "re-export": ("re_exports", "re-export"), "re-exports": ("re_exports", "re-export"),
    "rm": ("re_imports", "re-import"), "re-import": ("re_imports", "re-import"), "re-imports": ("re_imports", "re-import"),
    "turnover": ("trade_turnover", "two-way"), "trade_turnover": ("trade_turnover", "two-way"), "t": ("trade_turnover", "two-way"),
    "balance": ("trade_balance", "balance"), "trade_balance": ("trade_balance", "balance"), "b": ("trade_balance", "balance"),
}  # fmt: skip
# The metrics of a country's trade in goods and services with its partners (not investment, the budget, ...).
TRADE_FLOWS = frozenset({"exports", "imports", "trade_balance", "trade_turnover"})
# The partner's side of a flow: A's exports to B are B's imports from A.
MIRRORED_METRIC = {"exports": "imports", "imports": "exports", "trade_turnover": "trade_turnover"}
# A flow as a percentage of the trade turnover ("The share of exports in the FTT was 46.3%"): a ratio of two
# metrics, read as a metric of its own (TC309, TC310, TC312), not as a share of the flow; the balance's is
# of its size ("The negative trade balance amounted to USD 8,627.1 million and its share in the turnover was 44.4%").
SHARE_OF_TURNOVER = {"exports": "export_share", "imports": "import_share", "trade_balance": "balance_share"}
