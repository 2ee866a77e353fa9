#pragma once

#include <QString>
#include <QStringView>

// The response_message the simulator answers with, in the request's language ("en" or "ar"), for a
// 5-digit response_code (the wording depends on its last three digits). An optional parameter name is
// appended for the validation messages ("Missing parameter: amount").
namespace SimulatorMessages {

QString text(QStringView responseCode, QStringView language = u"en", QStringView parameter = {});

} // namespace SimulatorMessages
