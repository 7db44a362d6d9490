-- revision: 9c4f1e6b8d09
-- parents: 8b3e0d5a7c08
-- message: Add order summary view
-- created: 2026-09-22T17:10:00Z

-- migrate:up
CREATE VIEW order_summary AS
SELECT o.id AS order_id,
       c.name AS customer,
       SUM(i.quantity * i.unit_price_cents) AS total_cents,
       inv.number AS invoice_number
  FROM orders o
  JOIN customers c ON c.id = o.customer_id
  LEFT JOIN order_items i ON i.order_id = o.id
  LEFT JOIN invoices inv ON inv.order_id = o.id
 GROUP BY o.id;

-- migrate:down
DROP VIEW order_summary;
