CREATE COLLATION public.numeric_drder (provider );
CREATE TABLE public.files (name text COLLATE public.numeric_order);
