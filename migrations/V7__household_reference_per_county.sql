-- A household's reference number is unique within its county, not across counties: a conflict then tells a
-- county only about its own households (issue 13), never that another county has linked the number.
CREATE UNIQUE INDEX uq_household_county_reference ON household (county_code, reference_no);
ALTER TABLE household DROP CONSTRAINT uq_household_reference;
