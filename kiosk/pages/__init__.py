"""One module per kiosk page. Pages emit what the visitor chose; the window navigates."""
