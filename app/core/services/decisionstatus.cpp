#include "decisionstatus.h"

int DecisionStatus::exitCode() const
{
    switch (error) {
    case DecisionError::None:
        return 0;
    case DecisionError::PermissionDenied:
    case DecisionError::NotFound:
    case DecisionError::Closed:
        return 1;
    case DecisionError::Invalid:
        return 2;
    case DecisionError::Store:
        return 5;
    }
    return 5;
}
