#include "StoreEvents.h"

StoreEvents::StoreEvents(QObject *parent)
    : QObject(parent)
{ }
