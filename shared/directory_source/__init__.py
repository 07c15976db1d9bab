"""Where the host directory comes from when a site keeps its people elsewhere: an LDAP or Active Directory
server (ldap.py). These modules talk only to that server; shared.services.directory.sync writes the hosts."""
