/**
 * What is live and how it got there: the gate every change passes, the library of active versions, start-up, the
 * watcher of the rules folders, the history of what became active, the publisher and its journal, and the rule
 * sets' health. {@code drafts}, {@code web} and {@code cli} build on it; it never imports them.
 */
package org.convenor.rulesets;
