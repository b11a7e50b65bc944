/**
 * Stage 2, sourcing: find, vet, test, score and select a provider. It will own the vendor registry
 * (call centers, freelance marketplace contractors, social-media and email support agencies, directly
 * hired remote teams), sourcing rounds opened when outsourcing is approved, evaluation criteria and
 * weights, quotes normalised to annual cost at the engagement's volume, due diligence (data and asset
 * protection, references, labor law and compliance, language, incentives, call recording), test calls
 * and review findings, scores by several evaluators, and the approved selection that starts
 * contracting.
 * <p>
 * May see the {@code api} of assessment. Other modules may use its {@code api} only. Empty until the
 * sourcing issue lands; the packages below are its fixed shape.
 */
package org.outsourcingdesk.sourcing;
