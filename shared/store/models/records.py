"""What a visitor left with the visit besides their details: a photo and the documents they signed, and the
documents a site asks visitors to sign. Blobs live in their own tables so lists of visits never load them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.store.models.base import Base, now_col
from shared.store.types import UTCDateTime


class VisitPhoto(Base):
    """The visitor's photo (JPEG, cropped to the face guide), or why there is none (missing)."""

    __tablename__ = "visit_photo"
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True,
                                          autoincrement=False)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    missing: Mapped[str] = mapped_column(String(16), default="")  # PHOTO_MISSING
    taken_at: Mapped[datetime] = now_col()


class SignDocument(Base):
    """A document visitors sign (NDA, safety rules): each edit is a new version; the newest active one of
    a key is the one shown."""

    __tablename__ = "sign_document"
    __table_args__ = (UniqueConstraint("key", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[int] = mapped_column(Integer)
    audience: Mapped[str] = mapped_column(String(24))  # SIGN_AUDIENCES
    title_zh: Mapped[str] = mapped_column(String(120))
    title_en: Mapped[str] = mapped_column(String(120))
    text_zh: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = now_col()


class SignedDocument(Base):
    """One visitor's signed copy (of a visit, or of an arrival at the gate): the PDF holds the text of the
    version signed, the name, the time and the signature image."""

    __tablename__ = "signed_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    gate_entry_id: Mapped[int | None] = mapped_column(ForeignKey("gate_entry.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("sign_document.id"))
    key: Mapped[str] = mapped_column(String(40), index=True)  # the log filters on it
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(250))  # "安全告知 Safety rules", as signed
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # read only when opened
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
