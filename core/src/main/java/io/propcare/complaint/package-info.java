/**
 * Complaint classification: the taxonomy ({@link io.propcare.complaint.Taxonomy}), explainable JSON
 * rules ({@link io.propcare.complaint.ClassificationRules}), the trainable model
 * ({@link io.propcare.complaint.TextModel}), the engine that combines them
 * ({@link io.propcare.complaint.ComplaintEngine}), collective-complaint detection
 * ({@link io.propcare.complaint.CollectiveDetector}), duty routing
 * ({@link io.propcare.complaint.DutyRouter}) and evaluation ({@link io.propcare.complaint.Evaluation}).
 * Everything is non-null unless documented.
 */
package io.propcare.complaint;
