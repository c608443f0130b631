-- desired
CREATE FUNCTION t()RETURNS trigger LANGUAGE'plpN10__cxxabiv117__class_type_infoEssing_okigratil'