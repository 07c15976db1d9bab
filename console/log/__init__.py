"""The visitor log (访客登记表): search, exports, the day's archive and its PDF."""
