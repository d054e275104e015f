/**
 * The OpenAPI description beyond what springdoc reads off the controllers: each operation's security and
 * role from {@code ApiAccess}, the problem answers it can give, {@code required} and nullability from the
 * records, the limits, and the request examples of {@code docs/examples}.
 */
package org.convenor.system.openapi;
