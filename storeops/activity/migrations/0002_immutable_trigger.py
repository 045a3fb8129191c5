from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION activity_event_immutable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('storeops.activity_prune', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'activity events are immutable (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS activity_event_immutable ON activity_activityevent;
CREATE TRIGGER activity_event_immutable BEFORE UPDATE OR DELETE ON activity_activityevent
    FOR EACH ROW EXECUTE FUNCTION activity_event_immutable();
"""

DROP = """
DROP TRIGGER IF EXISTS activity_event_immutable ON activity_activityevent;
DROP FUNCTION IF EXISTS activity_event_immutable();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("activity", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
