-- The language a user chose (the tag of a message catalogue)
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
