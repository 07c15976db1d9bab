"""Telling hosts a visitor arrived: message rendering (messages) and the senders (channels).

Qt-free and store-free: shared.services.notifications owns the outbox and calls these."""
