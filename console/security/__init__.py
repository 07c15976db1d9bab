"""Security sections: the gate desk, who is on site, security alerts and enquiries, the audit log."""
