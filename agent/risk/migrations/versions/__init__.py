"""One file per schema revision; a test checks that `upgrade head` builds exactly what agent.risk.models declares."""
