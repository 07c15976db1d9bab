"""The gate and the security desk: gate entries and passes, who is on site, the watchlist and its
alerts, third-party enquiries."""
