-- revision: 6f1c8b3e5a06
-- parents: 5e0b7a2d4f05
-- message: Keep invoice totals in step with order items
-- created: 2026-09-15T11:05:00Z

-- migrate:up
-- The trigger body holds its own semicolons; the SQLite splitter keeps it whole.
CREATE TRIGGER trg_order_items_total AFTER INSERT ON order_items
BEGIN
    UPDATE invoices
       SET total_cents = total_cents + NEW.quantity * NEW.unit_price_cents
     WHERE order_id = NEW.order_id;
END;

-- migrate:down
DROP TRIGGER trg_order_items_total;
