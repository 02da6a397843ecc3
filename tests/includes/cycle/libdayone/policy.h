#include "mark.h"
