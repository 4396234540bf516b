"""The penvoerder's impact survey (2026 and 2028): definitions, responses, analysis (docs/impact-survey.md).

- definitions: Survey and its parts (SurveyScale, ScalePoint, ScaleCode, SurveyGroup, SurveyTheme,
  SurveyItem), survey_definition(s), load_survey, survey_from_json, validate_survey;
- responses: SurveyResponses, SurveyAnswer, load_survey_responses, survey_responses_from_csv/to_csv,
  validate_survey_responses, survey_synthetic (SYNTHETIC), survey_waves;
- analysis: analyse_survey (SurveyAnalysis) and its tables (response, distribution, summary, comparison:
  rows, CSV, a cmkit.Table, a DataFrame), wilson_interval and newcombe_interval.

Contents (all also importable from ``cmkit`` itself, for code written before the areas):

definitions: Survey, SurveyScale, ScalePoint, ScaleCode, SurveyGroup, SurveyTheme, SurveyItem,
    survey_definition, survey_definitions, load_survey, survey_from_json, validate_survey
responses: SurveyResponses, SurveyAnswer, load_survey_responses, survey_responses_from_csv,
    survey_responses_to_csv, validate_survey_responses, survey_synthetic, survey_waves
analysis: analyse_survey, SurveyAnalysis, SurveyResponseRow, SurveyDistributionRow, SurveySummaryRow,
    SurveyComparisonRow, survey_response, survey_response_csv, survey_response_table, survey_distribution,
    survey_distribution_csv, survey_distribution_table, survey_summary, survey_summary_csv,
    survey_summary_table, survey_comparison, survey_comparison_csv, survey_comparison_table, Table,
    wilson_interval, newcombe_interval
"""

from __future__ import annotations

from cmkit._core import (
    analyse_survey,
    load_survey,
    load_survey_responses,
    newcombe_interval,
    ScaleCode,
    ScalePoint,
    Survey,
    survey_comparison,
    survey_comparison_csv,
    survey_comparison_table,
    survey_definition,
    survey_definitions,
    survey_distribution,
    survey_distribution_csv,
    survey_distribution_table,
    survey_from_json,
    survey_response,
    survey_response_csv,
    survey_response_table,
    survey_responses_from_csv,
    survey_responses_to_csv,
    survey_summary,
    survey_summary_csv,
    survey_summary_table,
    survey_synthetic,
    survey_waves,
    SurveyAnalysis,
    SurveyAnswer,
    SurveyComparisonRow,
    SurveyDistributionRow,
    SurveyGroup,
    SurveyItem,
    SurveyResponseRow,
    SurveyResponses,
    SurveyScale,
    SurveySummaryRow,
    SurveyTheme,
    Table,
    validate_survey,
    validate_survey_responses,
    wilson_interval,
)
from cmkit.frames import (  # DataFrames of the survey tables (pandas is imported on first use)
    survey_comparison_frame,
    survey_distribution_frame,
    survey_response_frame,
    survey_summary_frame,
)

__all__ = [
    # definitions
    "Survey",
    "SurveyScale",
    "ScalePoint",
    "ScaleCode",
    "SurveyGroup",
    "SurveyTheme",
    "SurveyItem",
    "survey_definition",
    "survey_definitions",
    "load_survey",
    "survey_from_json",
    "validate_survey",
    # responses
    "SurveyResponses",
    "SurveyAnswer",
    "load_survey_responses",
    "survey_responses_from_csv",
    "survey_responses_to_csv",
    "validate_survey_responses",
    "survey_synthetic",
    "survey_waves",
    # analysis
    "analyse_survey",
    "SurveyAnalysis",
    "SurveyResponseRow",
    "SurveyDistributionRow",
    "SurveySummaryRow",
    "SurveyComparisonRow",
    "survey_response",
    "survey_response_csv",
    "survey_response_table",
    "survey_distribution",
    "survey_distribution_csv",
    "survey_distribution_table",
    "survey_summary",
    "survey_summary_csv",
    "survey_summary_table",
    "survey_comparison",
    "survey_comparison_csv",
    "survey_comparison_table",
    "Table",
    "wilson_interval",
    "newcombe_interval",
    # DataFrames (cmkit.frames)
    "survey_response_frame",
    "survey_distribution_frame",
    "survey_summary_frame",
    "survey_comparison_frame",
]
