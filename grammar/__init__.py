"""The Lark grammar of a notice (notice.lark), installed as notelint.grammar."""
