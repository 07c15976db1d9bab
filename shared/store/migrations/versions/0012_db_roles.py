"""db roles: on PostgreSQL, the watchlist check a kiosk's role makes without reading the watchlist

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Only PostgreSQL: the functions run as their owner (SECURITY DEFINER), so a role with no SELECT on
watchlist_entry (a lobby kiosk's, see `reception db roles`) learns only which entry matched, and a
security alert it writes gets the entry's reason from the database, not from the kiosk.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

MATCH = """
CREATE OR REPLACE FUNCTION reception_watchlist_match(p_name_key text, p_mobile_key text, p_id_key text)
RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT id FROM watchlist_entry
  WHERE active AND ((p_name_key <> '' AND name_key = p_name_key)
                    OR (p_mobile_key <> '' AND mobile_key = p_mobile_key)
                    OR (p_id_key <> '' AND id_key = p_id_key))
  ORDER BY id LIMIT 1
$$"""

ALERT_REASON = """
CREATE OR REPLACE FUNCTION reception_alert_reason() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF NEW.watchlist_id IS NOT NULL AND coalesce(NEW.reason, '') = '' THEN
    NEW.reason := coalesce((SELECT reason FROM watchlist_entry WHERE id = NEW.watchlist_id), '');
  END IF;
  RETURN NEW;
END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(sa.text(MATCH))
    op.execute(sa.text(ALERT_REASON))
    op.execute(sa.text("CREATE TRIGGER security_alert_reason BEFORE INSERT ON security_alert "
                       "FOR EACH ROW EXECUTE FUNCTION reception_alert_reason()"))
    # Who may ask is granted per role by `reception db roles`; the owner always may.
    op.execute(sa.text("REVOKE ALL ON FUNCTION reception_watchlist_match(text, text, text) FROM PUBLIC"))


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(sa.text("DROP TRIGGER IF EXISTS security_alert_reason ON security_alert"))
    op.execute(sa.text("DROP FUNCTION IF EXISTS reception_alert_reason()"))
    op.execute(sa.text("DROP FUNCTION IF EXISTS reception_watchlist_match(text, text, text)"))
