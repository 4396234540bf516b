#pragma once
/// @file cmkit.hpp
/// Everything of cmkit's public C++ API.
#include "cmkit/budget.hpp"
#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/money.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/reference.hpp"
#include "cmkit/region.hpp"
#include "cmkit/school.hpp"
#include "cmkit/values.hpp"
#include "cmkit/version.hpp"
