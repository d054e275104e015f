/**
 * The weekly digest: each owner's alerts by email (the team's unowned ones to the team's address), composed from
 * this week's relationship alerts over the stored network, rendered as text and HTML, sent on a schedule in the
 * office's time zone through Spring's mail sender, each (slot, recipient) once across instances (the deliveries
 * table, and ShedLock's lease on the job), retried on failure, and listed for operators. The one package beside the
 * stores that touches the database: only its own two tables.
 */
package org.convenor.digest;
