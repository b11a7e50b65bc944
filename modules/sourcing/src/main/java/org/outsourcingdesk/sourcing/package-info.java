/**
 * Stage 2, sourcing: find, vet, test, score and select a provider. It will own the vendor registry
 * (call centers, freelance marketplace contractors, social-media and email support agencies, directly
 * hired remote teams), sourcing rounds opened when outsourcing is approved, evaluation criteria and
 * weights, quotes normalised to annual cost at the engagement's volume, due diligence (data and asset
 * protection, references, labor law and compliance, language, incentives, call recording), test calls
 * and review findings, scores by several evaluators, and the approved selection that starts
 * contracting.
 * <p>
 * So far it holds the vendor registry (ADR 0010): the {@code Vendor} aggregate, its read model and
 * search, CSV import, the REST API under {@code /api/v1/vendors} and the Vendors page; sourcing rounds
 * are still to come.
 * <p>
 * May see the {@code api} of assessment. Other modules may use its {@code api} only.
 */
package org.outsourcingdesk.sourcing;
