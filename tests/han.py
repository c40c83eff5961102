"""The Han characters as a regex character class, written out from the
Unicode blocks, for tests that check notelint's own Han test (is_han) and
searches that rely on it: CJK Extension A, the Unified Ideographs, the
Compatibility Ideographs, and the supplementary planes' Extensions B–H."""

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af"
