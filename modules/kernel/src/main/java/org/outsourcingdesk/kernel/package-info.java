/**
 * The shared kernel: value types that every module may use and that carry no framework.
 * Kept small on purpose; anything that belongs to one stage lives in that stage's module.
 */
package org.outsourcingdesk.kernel;
