/**
 * The vocabulary every service shares about booking rules: what a conflict is called, how a
 * service's provider is chosen, what a schedule block means, whether a provider takes new
 * clients, whether an organization is open for business. Enums, so that no service compares
 * strings and a new value is a compile error wherever it must be handled.
 */
package io.tempora.contracts.rules;
